package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskCsvImporterTest {

    static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));

    static final Project KUBE = project("KUBE");
    static final Project WEB = project("WEB");

    private final AtomicLong sequence = new AtomicLong();
    private final TaskCsvImporter importer = new TaskCsvImporter(List.of(KUBE, WEB), CLOCK,
            () -> new UUID(0, sequence.incrementAndGet()));

    @Test
    void jiraExportBecomesTasksWithStatusesDatesEstimatesAndParents() throws IOException {
        String csv = String.join(",", CsvHeaderRecognitionTest.JIRA) + "\r\n"
                + jiraRow("Checkout revamp", "KUBE-1", "10001", "Epic", "In Progress", "KUBE", "Highest", "Ana Ruiz",
                        "01/Feb/26 9:15 AM", "", "28/Mar/26", "The big one", "", "")
                + jiraRow("Pay with card", "KUBE-2", "10002", "Story", "Done", "KUBE", "Medium", "",
                        "02/Feb/26 10:00 AM", "20/Feb/26 4:30 PM", "", "h2. Goal\n*Fast*, \"safe\" payments", "28800",
                        "10001")
                + jiraRow("Write tests", "WEB-3", "10003", "Sub-task", "Won't Do", "web", "Low", "Bo", "", "", "", "",
                        "5400", "KUBE-2")
                + jiraRow("Orphan", "WEB-4", "10004", "Task", "Backlog", "WEB", "", "", "", "", "", "", "0", "99999");

        ImportResult<CsvTasks> result = importer.read(in(csv), CsvColumnMapping.suggest(CsvHeaderRecognitionTest.JIRA),
                "jira.csv");

        assertThat(result.problems()).isEmpty();
        Map<String, Task> tasks = result.value().tasks().stream()
                .collect(Collectors.toMap(Task::title, Function.identity()));
        Task epic = tasks.get("Checkout revamp");
        assertThat(epic.status()).isEqualTo(TaskStatus.DOING);
        assertThat(epic.horizon()).isEqualTo(Horizon.TODAY);
        assertThat(epic.projectId()).isEqualTo(KUBE.id());
        assertThat(epic.owner()).isEqualTo("Ana Ruiz");
        assertThat(epic.due()).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(epic.createdAt()).isEqualTo(Instant.parse("2026-02-01T08:15:00Z"));
        assertThat(epic.updatedAt()).isEqualTo(NOW);
        assertThat(epic.sourceKind()).isEqualTo(SourceKind.FILE);
        assertThat(epic.sourceRef()).isEqualTo("KUBE-1");
        Task story = tasks.get("Pay with card");
        assertThat(story.status()).isEqualTo(TaskStatus.DONE);
        assertThat(story.completedAt()).isEqualTo(Instant.parse("2026-02-20T15:30:00Z"));
        assertThat(story.estimate()).isEqualTo(Duration.ofHours(8));
        assertThat(story.notes()).isEqualTo("h2. Goal\n*Fast*, \"safe\" payments");
        assertThat(story.horizon()).isEqualTo(Horizon.MONTH);
        Task subTask = tasks.get("Write tests");
        assertThat(subTask.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(subTask.completedAt()).isEqualTo(NOW);
        assertThat(subTask.projectId()).isEqualTo(WEB.id());
        assertThat(subTask.estimate()).isEqualTo(Duration.ofMinutes(90));
        Task orphan = tasks.get("Orphan");
        assertThat(orphan.estimate()).isNull();
        assertThat(orphan.horizon()).isEqualTo(Horizon.LATER);
        assertThat(result.value().links()).extracting(TaskLink::fromTaskId, TaskLink::toTaskId)
                .containsExactlyInAnyOrder(tuple(epic.id(), story.id()),
                        tuple(story.id(), subTask.id()));
        assertThat(result.value().links()).allMatch(l -> l.kind() == LinkKind.PARENT);
        assertThat(result.value().notes()).singleElement().extracting(ImportProblem::describe)
                .isEqualTo("line 6 (row 5): parent \"99999\" is not in this file; the task is imported without it");
    }

    @Test
    void todoistExportBecomesTasksWithNotesSubTasksAndPriorities() throws IOException {
        String csv = "\uFEFF" + String.join(",", CsvHeaderRecognitionTest.TODOIST) + "\n"
                + "meta,view_style=list,,,,,,,,,,,,\n"
                + "section,Planning,,,,,,,,,,,,\n"
                + "task,Write the plan @work,Draft first,1,1,Evan (14781400),Evan (14781400),2026-03-10,en,"
                + "Europe/Berlin,90,minute,,\n"
                + "note,\"Remember: \"\"short\"\", please\",,,,Evan (14781400),,,,,,,,\n"
                + "task,Ask Priya,,2,2,Evan (14781400),,Mar 12 2026,en,Europe/Berlin,1,day,,\n"
                + "task,Book room,,4,3,,,,,,,,,\n"
                + ",,,,,,,,,,,,,\n"
                + "task,Retro,,,1,,,,,,,,,\n";

        CsvColumnMapping mapping = CsvColumnMapping.suggest(CsvHeaderRecognitionTest.TODOIST)
                .withDefaults(KUBE.id(), Horizon.MONTH);

        ImportResult<CsvTasks> result = importer.read(in(csv), mapping, "Planning.csv");

        assertThat(result.problems()).isEmpty();
        List<Task> tasks = result.value().tasks();
        assertThat(tasks).extracting(Task::title).containsExactly("Write the plan @work", "Ask Priya", "Book room",
                "Retro");
        assertThat(tasks).allMatch(t -> t.projectId().equals(KUBE.id()) && t.status() == TaskStatus.TODO);
        assertThat(tasks).extracting(Task::horizon).containsExactly(Horizon.TODAY, Horizon.WEEK, Horizon.LATER,
                Horizon.MONTH);
        assertThat(tasks.get(0).notes()).isEqualTo("Draft first\n\nRemember: \"short\", please");
        assertThat(tasks.get(0).owner()).isEqualTo("Evan");
        assertThat(tasks.get(0).estimate()).isEqualTo(Duration.ofMinutes(90));
        assertThat(tasks.get(0).due()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(tasks.get(0).sourceRef()).isEqualTo("Planning.csv row 4");
        assertThat(tasks.get(1).estimate()).isEqualTo(Duration.ofDays(1));
        assertThat(tasks.get(1).due()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(result.value().links()).extracting(TaskLink::fromTaskId, TaskLink::toTaskId).containsExactly(
                tuple(tasks.get(0).id(), tasks.get(1).id()),
                tuple(tasks.get(1).id(), tasks.get(2).id()));
    }

    @Test
    void everyBadRowIsListedAndNoTaskIsReturned() throws IOException {
        String csv = "Title,Due,Status,Project,Estimate\n"
                + "Fine,2026-03-01,todo,KUBE,1h 30m\n"
                + "Bad date,2026-13-01,todo,,\n"
                + "\"Multi\nline\ntitle\",2026-02-30,Frobbed,NOPE,soon\n"
                + "Short row,2026-03-01\n"
                + ",2026-03-01,done,,\n";

        ImportResult<CsvTasks> result = importer.read(in(csv), CsvColumnMapping.suggest(List.of("Title", "Due",
                "Status", "Project", "Estimate")), "tasks.csv");

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::describe).containsExactly(
                "line 3 (row 3, Due): \"2026-13-01\" is not a date (use 2026-03-01, 01/Mar/26 or Mar 1 2026)",
                "line 4 (row 4, Status): status \"Frobbed\" is not known: use To Do, In Progress, Waiting, Done or "
                        + "Cancelled, or map it to one of them",
                "line 4 (row 4, Due): \"2026-02-30\" is not a date (use 2026-03-01, 01/Mar/26 or Mar 1 2026)",
                "line 4 (row 4, Project): project \"NOPE\" does not exist: create it first, or import these rows "
                        + "into one project",
                "line 4 (row 4, Estimate): \"soon\" is not an estimate (use 90m, 1h 30m, 2 days or PT1H30M)",
                "line 7 (row 5): has 2 cells, the header has 5 (a comma or line break in a cell that is not quoted?)",
                "line 8 (row 6, Title): the title is empty");
    }

    @Test
    void repeatingTodoistDatesAreExplained() throws IOException {
        String csv = String.join(",", CsvHeaderRecognitionTest.TODOIST) + "\n"
                + "task,Water plants,,4,1,,,every monday,en,Europe/Berlin,,,,\n";

        ImportResult<CsvTasks> result = importer.read(in(csv),
                CsvColumnMapping.suggest(CsvHeaderRecognitionTest.TODOIST), "Home.csv");

        assertThat(result.problems()).extracting(ImportProblem::describe).containsExactly(
                "line 2 (row 2, DATE): \"every monday\" is a repeating date, which cannot be imported; give the "
                        + "next date instead (use 2026-03-01, 01/Mar/26 or Mar 1 2026)");
    }

    @Test
    void workflowStatusesCanBeMappedByTheUser() throws IOException {
        String csv = "Summary,Issue key,Status\nShip,OPS-1,Awaiting Deploy\n";
        CsvColumnMapping mapping = CsvColumnMapping.suggest(List.of("Summary", "Issue key", "Status"))
                .withStatus("Awaiting deploy", TaskStatus.WAITING);

        ImportResult<CsvTasks> result = importer.read(in(csv), mapping, "ops.csv");

        assertThat(result.value().tasks()).singleElement().extracting(Task::status).isEqualTo(TaskStatus.WAITING);
    }

    @Test
    void repeatedIssueKeysAreRefused() throws IOException {
        String csv = "Summary,Issue key\nA,OPS-1\nB,OPS-2\nC,OPS-1\n";

        ImportResult<CsvTasks> result = importer.read(in(csv), CsvColumnMapping.suggest(List.of("Summary",
                "Issue key")), "ops.csv");

        assertThat(result.problems()).extracting(ImportProblem::describe)
                .containsExactly("line 4 (row 4): key \"OPS-1\" appears twice (first in row 2)");
    }

    @Test
    void mappingThatDoesNotFitTheFileIsRefused() throws IOException {
        CsvColumnMapping noTitle = CsvColumnMapping.suggest(List.of("Notes", "Due"));
        CsvColumnMapping tooWide = CsvColumnMapping.suggest(List.of("Title")).with(TaskField.DUE, 5);

        assertThat(importer.read(in("Notes,Due\nx,2026-03-01\n"), noTitle, "a.csv").problems())
                .extracting(ImportProblem::describe).containsExactly("no column is chosen as the title");
        assertThat(importer.read(in("Title\nx\n"), tooWide, "a.csv").problems()).extracting(ImportProblem::describe)
                .containsExactly("line 1 (header): DUE is mapped to column 6, but the file has 1 columns");
    }

    @Test
    void previewShowsHeaderSampleAndSuggestion() throws IOException {
        String csv = "\uFEFFSummary,Issue key,Status\nA,X-1,Done\n,,\nB,X-2,To Do\nC,X-3,To Do\n";

        CsvPreview preview = importer.preview(in(csv), 2);

        assertThat(preview.headers()).containsExactly("Summary", "Issue key", "Status");
        assertThat(preview.sampleRows()).containsExactly(List.of("A", "X-1", "Done"), List.of("B", "X-2", "To Do"));
        assertThat(preview.suggested().source()).isEqualTo(CsvSource.JIRA);
        assertThat(preview.problems()).isEmpty();
    }

    static ByteArrayInputStream in(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String jiraRow(String summary, String key, String id, String type, String status, String project,
            String priority, String assignee, String created, String resolved, String due, String description,
            String estimate, String parent) {
        String[] cells = new String[CsvHeaderRecognitionTest.JIRA.size()];
        Arrays.fill(cells, "");
        cells[0] = summary;
        cells[1] = key;
        cells[2] = id;
        cells[3] = type;
        cells[4] = status;
        cells[5] = project;
        cells[11] = priority;
        cells[13] = assignee;
        cells[16] = created;
        cells[19] = resolved;
        cells[21] = due;
        cells[25] = description;
        cells[27] = estimate;
        cells[31] = parent;
        return Arrays.stream(cells).map(TaskCsvImporterTest::quoted).collect(Collectors.joining(","))
                + "\r\n";
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
        return needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static Project project(String code) {
        return new Project(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)), code, code + " project", "",
                ProjectStatus.ACTIVE, Priority.MEDIUM, null, null, null, null, List.of(), List.of(), "", "",
                Currency.getInstance("EUR"), BigDecimal.ZERO, NOW, NOW, 0);
    }
}
