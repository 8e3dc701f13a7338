package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Turns note rows, indent levels and parent references into notes and PARENT links between the tasks. */
final class CsvTaskHierarchy {

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
