package dev.quarterdeck.core.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** An items file that cannot be imported, with every problem found (at most {@value #MAX_PROBLEMS}). */
public class ItemFileException extends Exception {

    private static final long serialVersionUID = 1L;
    static final int MAX_PROBLEMS = 20;

    private final transient List<ItemFileProblem> problems;

    public ItemFileException(String file, List<ItemFileProblem> problems) {
        super(file + " was not imported: " + problems.stream().map(ItemFileProblem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ItemFileProblem> problems() {
        return problems;
    }
}
