package dev.quarterdeck.core.portability;

import java.util.List;

/**
 * What an import into the store did, or why it did nothing. When {@link #problems()} is not empty nothing was
 * written. {@code notes} are things that were read but not kept and did not stop the import.
 *
 * @param created   records added
 * @param updated   stored records replaced (merge by ID)
 * @param unchanged records equal to the stored ones
 * @param skipped   records left out because they conflicted with stored ones (skip conflicts)
 */
public record StoreImportSummary(int created, int updated, int unchanged, int skipped,
        List<ImportProblem> problems, List<ImportProblem> notes) {

    public StoreImportSummary {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    static StoreImportSummary refused(List<ImportProblem> problems) {
        return new StoreImportSummary(0, 0, 0, 0, problems, List.of());
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** One line for a status message or the command line, e.g. "12 created, 3 updated, 0 unchanged, 2 skipped". */
    public String describe() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged"
                + (skipped > 0 ? ", " + skipped + " skipped (already stored)" : "");
    }
}
