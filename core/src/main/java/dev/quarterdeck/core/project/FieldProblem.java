package dev.quarterdeck.core.project;

import dev.quarterdeck.core.common.Require;

/**
 * Why one field of a form cannot be saved. {@code field} names the field the message belongs next to:
 * {@code "code"}, {@code "due"}, or an entry of a list such as {@code "risks[1].likelihood"}.
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        field = Require.text(field, "field", 80);
        message = Require.text(message, "message", 400);
    }

    public static String entry(String list, int index, String field) {
        return list + "[" + index + "]." + field;
    }
}
