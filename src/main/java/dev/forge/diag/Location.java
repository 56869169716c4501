package dev.forge.diag;

/**
 * A place in a source file: 1-based line and column. {@link #NONE} stands for "no single place"
 * (for example a problem with the whole file).
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static final Location NONE = new Location("", 0, 0);

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column);
    }

    public static Location file(String file) {
        return new Location(file, 0, 0);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code forge.yaml:14:7}, or just the file when the line is unknown. */
    @Override
    public String toString() {
        if (file.isEmpty() && line == 0) {
            return "";
        }
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
