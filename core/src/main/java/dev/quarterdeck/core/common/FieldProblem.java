package dev.quarterdeck.core.common;

/**
 * Why one field of a form (or one row of a paste) cannot be saved, in words for the user: shown next to the field.
 * {@code field} is the form's own name for it ("likelihood", "nextReview"); for pasted rows it is "row 3".
 */
public record FieldProblem(String field, String reason) {

    public FieldProblem {
        Require.text(field, "field", 60);
        Require.text(reason, "reason", 500);
    }
}
