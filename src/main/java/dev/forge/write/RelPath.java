package dev.forge.write;

/**
 * The syntax half of the output jail: a path the writer may touch is relative to {@code --out}, uses forward
 * slashes, and has no empty, {@code .} or {@code ..} segment, no absolute part, no backslash, no control
 * character, and is not inside Forge's own {@code .forge/} folder. Whatever a manifest, a journal or an artifact
 * says, a path that fails this never reaches the file system.
 */
final class RelPath {

    private RelPath() {
    }

    /** Why {@code path} is not a safe relative path, or {@code null} when it is one. */
    static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "an empty path";
        }
        if (path.startsWith("/")) {
            return "an absolute path";
        }
        if (path.length() > 1024) {
            return "a path longer than 1024 characters";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                return "a path with a backslash";
            }
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                return "a path with a control or invalid character";
            }
            if (c == ':' && i == 1) {
                return "a path with a drive letter";
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "a path with an empty, '.' or '..' segment (outside or above the output folder)";
            }
        }
        if (path.equals(Manifest.DIR) || path.startsWith(Manifest.DIR + "/")) {
            return "a path inside Forge's own " + Manifest.DIR + "/ folder";
        }
        return null;
    }
}
