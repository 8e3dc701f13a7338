package dev.quarterdeck.core.focus;

/** A dependency was refused because it would close a circle of blocking tasks; the message names the circle. */
public final class DependencyCycleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String cycle;

    public DependencyCycleException(String cycle) {
        super("That dependency would make a circle: " + cycle);
        this.cycle = cycle;
    }

    /** "Draft plan → Review plan → Draft plan". */
    public String cycle() {
        return cycle;
    }
}
