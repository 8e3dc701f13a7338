package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.common.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A risk form that cannot be saved, with the reason for each field. */
public final class InvalidRiskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidRiskException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
