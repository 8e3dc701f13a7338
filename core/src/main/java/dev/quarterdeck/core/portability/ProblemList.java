package dev.quarterdeck.core.portability;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems up to a limit. A file with a systematic mistake (say every date in the wrong format) would
 * otherwise produce one entry per row; past the limit one closing entry says how many more there were.
 */
final class ProblemList {

    static final int LIMIT = 1_000;

    private final List<ImportProblem> problems = new ArrayList<>();
    private int dropped;

    void add(ImportProblem problem) {
        if (problems.size() < LIMIT) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    void add(long line, long column, String location, String message) {
        add(new ImportProblem(line, column, location, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size() + dropped;
    }

    List<ImportProblem> toList() {
        List<ImportProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(ImportProblem.inFile("and " + dropped + " more problems not listed"));
        }
        return all;
    }
}
