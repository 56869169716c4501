package dev.forge.synth;

/** A target failed while generating. Nothing is written when this is thrown. */
public final class SynthException extends RuntimeException {

    private final String target;

    public SynthException(String target, Throwable cause) {
        super("target '" + target + "' failed: " + cause, cause);
        this.target = target;
    }

    public String target() {
        return target;
    }
}
