package dev.quarterdeck.core.portability;

import java.util.List;
import java.util.Optional;

/**
 * What an import produced: either the value (everything was valid) or the problems (nothing is usable), never
 * both. Callers store the value in one transaction or show the problems, each with its line.
 */
public record ImportResult<T>(T value, List<ImportProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("an import result has either a value or problems, not both or neither");
        }
    }

    public static <T> ImportResult<T> success(T value) {
        return new ImportResult<>(value, List.of());
    }

    public static <T> ImportResult<T> failure(List<ImportProblem> problems) {
        return new ImportResult<>(null, problems);
    }

    public boolean isSuccess() {
        return value != null;
    }

    public Optional<T> valueIfValid() {
        return Optional.ofNullable(value);
    }
}
