package dev.quarterdeck.core.project;

import java.util.List;

/** Thrown when a draft cannot be saved; nothing was written. */
public final class IntakeRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public IntakeRejected(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).message()
                : problems.size() + " fields need attention, first: " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
