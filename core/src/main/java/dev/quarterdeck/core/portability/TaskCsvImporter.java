package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

    /** Turns note rows, indent levels and parent references into notes and PARENT links between the tasks. */
    private static final class CsvTaskHierarchy {

        private final List<CsvTaskRowReader.ParsedRow> rows;
        private final Clock clock;
        private final Supplier<UUID> ids;
        private final ProblemList problems;
        private final List<ImportProblem> notes = new ArrayList<>();

        CsvTaskHierarchy(List<CsvTaskRowReader.ParsedRow> rows, Clock clock, Supplier<UUID> ids,
                ProblemList problems) {
            this.rows = rows;
            this.clock = clock;
            this.ids = ids;
            this.problems = problems;
        }

        CsvTasks resolve() {
            List<CsvTaskRowReader.ParsedRow> tasks = withNotesAttached();
            refuseRepeatedReferences(tasks);
            List<TaskLink> links = new ArrayList<>();
            linkIndentLevels(tasks, links);
            linkParentReferences(tasks, links);
            return new CsvTasks(tasks.stream().map(CsvTaskRowReader.ParsedRow::task).toList(), links, notes);
        }

        private List<CsvTaskRowReader.ParsedRow> withNotesAttached() {
            List<CsvTaskRowReader.ParsedRow> tasks = new ArrayList<>();
            for (CsvTaskRowReader.ParsedRow row : rows) {
                if (row.kind() == CsvTaskRowReader.Kind.TASK) {
                    tasks.add(row);
                } else if (row.kind() == CsvTaskRowReader.Kind.NOTE) {
                    attachNote(tasks, row);
                }
            }
            return tasks;
        }

        private void attachNote(List<CsvTaskRowReader.ParsedRow> tasks, CsvTaskRowReader.ParsedRow note) {
            if (tasks.isEmpty()) {
                problems.add(note.row().line(), 0, "row " + note.row().number(), "a note row needs a task row above it");
                return;
            }
            CsvTaskRowReader.ParsedRow owner = tasks.get(tasks.size() - 1);
            Task task = owner.task();
            String notes = task.notes().isEmpty() ? note.note() : task.notes() + "\n\n" + note.note();
            try {
                Task withNote = task.withTitleAndNotes(task.title(), notes, task.updatedAt());
                tasks.set(tasks.size() - 1, new CsvTaskRowReader.ParsedRow(owner.row(), owner.kind(), withNote, null,
                        owner.indent(), owner.parentRef(), owner.externalKey(), owner.externalId()));
            } catch (IllegalArgumentException e) {
                problems.add(note.row().line(), 0, "row " + note.row().number(), e.getMessage());
            }
        }

        /** The same issue key or id twice means the same task twice; importing both would make duplicates. */
        private void refuseRepeatedReferences(List<CsvTaskRowReader.ParsedRow> tasks) {
            Map<String, CsvTaskRowReader.ParsedRow> keys = new HashMap<>();
            Map<String, CsvTaskRowReader.ParsedRow> numbers = new HashMap<>();
            for (CsvTaskRowReader.ParsedRow row : tasks) {
                refuseRepeated(keys, row.externalKey(), row, "key");
                refuseRepeated(numbers, row.externalId(), row, "id");
            }
        }

        private void refuseRepeated(Map<String, CsvTaskRowReader.ParsedRow> seen, String reference,
                CsvTaskRowReader.ParsedRow row, String what) {
            if (reference == null) {
                return;
            }
            CsvTaskRowReader.ParsedRow first = seen.putIfAbsent(reference.strip(), row);
            if (first != null) {
                problems.add(row.row().line(), 0, "row " + row.row().number(), what + " "
                        + CsvValues.quote(reference.strip()) + " appears twice (first in row " + first.row().number()
                        + ")");
            }
        }

        private void linkIndentLevels(List<CsvTaskRowReader.ParsedRow> tasks, List<TaskLink> links) {
            Map<Integer, Task> lastAtLevel = new HashMap<>();
            for (CsvTaskRowReader.ParsedRow row : tasks) {
                int level = row.indent();
                if (level > 1) {
                    Task parent = lastAtLevel.get(level - 1);
                    if (parent == null) {
                        problems.add(row.row().line(), 0, "row " + row.row().number(), "indent " + level
                                + " has no task at indent " + (level - 1) + " above it");
                    } else {
                        links.add(parentLink(parent, row.task()));
                    }
                }
                lastAtLevel.put(level, row.task());
                lastAtLevel.keySet().removeIf(deeper -> deeper > level);
            }
        }

        private void linkParentReferences(List<CsvTaskRowReader.ParsedRow> tasks, List<TaskLink> links) {
            Map<String, Task> byReference = new HashMap<>();
            for (CsvTaskRowReader.ParsedRow row : tasks) {
                if (row.externalKey() != null) {
                    byReference.putIfAbsent(row.externalKey().strip(), row.task());
                }
                if (row.externalId() != null) {
                    byReference.putIfAbsent(row.externalId().strip(), row.task());
                }
            }
            for (CsvTaskRowReader.ParsedRow row : tasks) {
                if (row.parentRef() == null) {
                    continue;
                }
                Task parent = byReference.get(row.parentRef().strip());
                if (parent == null || parent.id().equals(row.task().id())) {
                    notes.add(new ImportProblem(row.row().line(), 0, "row " + row.row().number(), "parent "
                            + CsvValues.quote(row.parentRef().strip())
                            + " is not in this file; the task is imported without it"));
                } else {
                    links.add(parentLink(parent, row.task()));
                }
            }
        }

        private TaskLink parentLink(Task parent, Task child) {
            return new TaskLink(ids.get(), parent.id(), child.id(), LinkKind.PARENT, LinkOrigin.USER, clock.instant());
        }
    }
}
