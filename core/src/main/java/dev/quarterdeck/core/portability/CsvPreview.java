package dev.quarterdeck.core.portability;

import java.util.List;

/**
 * The first look at a task CSV, for the column-mapping dialog: the header row, a few rows to show under it, the
 * mapping its headers suggest, and the problems that stop it from being read at all (empty, not UTF-8, broken
 * quoting within the sample). Row-by-row checks happen at import.
 */
public record CsvPreview(List<String> headers, List<List<String>> sampleRows, CsvColumnMapping suggested,
        List<ImportProblem> problems) {

    public CsvPreview {
        headers = List.copyOf(headers);
        sampleRows = sampleRows.stream().map(List::copyOf).toList();
        problems = List.copyOf(problems);
    }
}
