package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.common.Require;

/**
 * One reason an import was refused, with where it was found. {@code line} and {@code column} are 1-based; 0 means
 * unknown (a problem with the whole file). {@code location} says what sits there: a JSON path such as
 * {@code $.tasks[3].due}, or a CSV row and column such as {@code row 4, Due Date}.
 */
public record ImportProblem(long line, long column, String location, String message) {

    public ImportProblem {
        Require.notNegative(line, "line");
        Require.notNegative(column, "column");
        location = location == null ? "" : location;
        message = Require.text(message, "message", 10_000);
    }

    public static ImportProblem inFile(String message) {
        return new ImportProblem(0, 0, "", message);
    }

    /** For example {@code line 12, column 5 ($.tasks[3].due): "2026-13-01" is not a date}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append("line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        if (!location.isEmpty()) {
            text.append(text.length() == 0 ? location : " (" + location + ")");
        }
        if (text.length() > 0) {
            text.append(": ");
        }
        return text.append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
