package dev.quarterdeck.core.focus;

/** A quick-add line named a project code that no project has. */
public final class UnknownProjectException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public UnknownProjectException(String code) {
        super("No project has the code #" + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
