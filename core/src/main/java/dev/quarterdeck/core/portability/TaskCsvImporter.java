package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Imports tasks from a CSV file (Todoist and Jira exports, or any spreadsheet) through a {@link CsvColumnMapping}.
 * All or nothing: every bad row is listed with its row number, line, column and reason, and tasks come back only
 * when every row is valid. Handles a byte order mark, quoted cells with commas, quotes and line breaks, rows with
 * the wrong number of cells, and cells longer than {@value #MAX_CELL_CHARS} characters without reading them whole.
 *
 * <p>Tasks are new (fresh IDs, version 0, source FILE with the file's key or "name row N" as reference); project
 * codes must name existing projects. Todoist note rows are added to the notes of the task above; INDENT levels
 * and parent columns become PARENT links. Thread-safe.
 */
public final class TaskCsvImporter {

    /** Longer cells are refused; {@link Task} notes hold at most this many characters too. */
    public static final int MAX_CELL_CHARS = 100_000;

    private final Map<String, UUID> projectIdsByCode;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /**
     * @param projects the projects rows may name by code
     * @param clock    the import time (creation and, where the file has none, completion) and the zone of times
     *                 without an offset
     * @param ids      new task and link IDs
     */
    public TaskCsvImporter(Collection<Project> projects, Clock clock, Supplier<UUID> ids) {
        this.projectIdsByCode = projects.stream().collect(Collectors.toUnmodifiableMap(Project::code, Project::id));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public TaskCsvImporter(Collection<Project> projects, Clock clock) {
        this(projects, clock, Ids::newId);
    }

    /** The header, up to {@code sampleSize} rows and the suggested mapping, for the column-mapping dialog. */
    public CsvPreview preview(InputStream in, int sampleSize) throws IOException {
        ProblemList problems = new ProblemList();
        try (CsvRowReader rows = new CsvRowReader(in, MAX_CELL_CHARS, problems)) {
            CsvRowReader.Row header = rows.next();
            if (header == null) {
                if (problems.isEmpty()) {
                    problems.add(ImportProblem.inFile("the file is empty"));
                }
                return new CsvPreview(List.of(), List.of(), CsvColumnMapping.suggest(List.of()), problems.toList());
            }
            List<List<String>> sample = new ArrayList<>();
            for (CsvRowReader.Row row = rows.next(); row != null && sample.size() < sampleSize; row = rows.next()) {
                if (!row.isBlank()) {
                    sample.add(row.cells());
                }
            }
            return new CsvPreview(header.cells(), sample, CsvColumnMapping.suggest(header.cells()), problems.toList());
        }
    }

    /**
     * Reads every row through {@code mapping}. {@code sourceName} (usually the file name) goes into the source
     * reference of rows without a key of their own.
     */
    public ImportResult<CsvTasks> read(InputStream in, CsvColumnMapping mapping, String sourceName)
            throws IOException {
        ProblemList problems = new ProblemList();
        List<CsvTaskRowReader.ParsedRow> parsed = new ArrayList<>();
        try (CsvRowReader rows = new CsvRowReader(in, MAX_CELL_CHARS, problems)) {
            CsvRowReader.Row header = rows.next();
            if (header == null) {
                if (problems.isEmpty()) {
                    problems.add(ImportProblem.inFile("the file is empty"));
                }
                return ImportResult.failure(problems.toList());
            }
            if (!mappingFits(mapping, header, problems)) {
                return ImportResult.failure(problems.toList());
            }
            String name = sourceName == null || sourceName.isBlank() ? "CSV" : shorten(sourceName.strip());
            CsvTaskRowReader reader = new CsvTaskRowReader(header.cells(), mapping, projectIdsByCode, clock, ids,
                    name, problems);
            for (CsvRowReader.Row row = rows.next(); row != null; row = rows.next()) {
                CsvTaskRowReader.ParsedRow result = readRow(row, header, reader, problems);
                if (result != null) {
                    parsed.add(result);
                }
            }
        }
        CsvTasks tasks = new CsvTaskHierarchy(parsed, clock, ids, problems).resolve();
        return problems.isEmpty() ? ImportResult.success(tasks) : ImportResult.failure(problems.toList());
    }

    private static CsvTaskRowReader.ParsedRow readRow(CsvRowReader.Row row, CsvRowReader.Row header,
            CsvTaskRowReader reader, ProblemList problems) {
        if (row.isBlank()) {
            return null;
        }
        if (row.cells().size() != header.cells().size()) {
            problems.add(row.line(), 0, "row " + row.number(), "has " + row.cells().size() + " cells, the header has "
                    + header.cells().size() + " (a comma or line break in a cell that is not quoted?)");
            return null;
        }
        boolean tooLong = false;
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i).length() > MAX_CELL_CHARS) {
                problems.add(row.line(), 0, "row " + row.number() + ", " + reader.columnName(i),
                        "the cell is longer than " + MAX_CELL_CHARS + " characters");
                tooLong = true;
            }
        }
        return tooLong ? null : reader.read(row);
    }

    private static boolean mappingFits(CsvColumnMapping mapping, CsvRowReader.Row header, ProblemList problems) {
        if (mapping.column(TaskField.TITLE).isEmpty()) {
            problems.add(ImportProblem.inFile("no column is chosen as the title"));
        }
        mapping.columns().forEach((field, column) -> {
            if (column >= header.cells().size()) {
                problems.add(1, 0, "header", field + " is mapped to column " + (column + 1) + ", but the file has "
                        + header.cells().size() + " columns");
            }
        });
        return problems.isEmpty();
    }

    private static String shorten(String name) {
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
