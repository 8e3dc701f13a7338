package dev.quarterdeck.core.ingest;

import static dev.quarterdeck.core.ingest.Items.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.store.StoreException;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionPipelineTest {

    private static final Actor ACTOR = Actor.connector("test");

    @TempDir
    Path dir;

    private Store store;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), ZoneOffset.UTC);
    private IngestionPipeline pipeline;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dir), clock);
        pipeline = new IngestionPipeline(clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestResult ingest(SourceItem... items) {
        return pipeline.ingest(store, ACTOR, new IngestBatch(List.of(items), List.of()));
    }

    private Map<String, Task> tasksByRef() {
        return store.tasks().listAll().stream().collect(Collectors.toMap(Task::sourceRef, Function.identity()));
    }

    private List<TaskLink> links(LinkKind kind) {
        return store.links().listAll().stream().filter(l -> l.kind() == kind).toList();
    }

    @Test
    void createsScoredTodoTasksAndASecondSyncChangesNothing() {
        SourceItem issue = item(SourceKind.JIRA, "OPS-1", "Rotate the TLS certificates")
                .snippet("Priority: Highest · Status: To Do").due(LocalDate.parse("2026-11-18")).build();
        SourceItem mail = item(SourceKind.GMAIL, "m1", "Lunch on Friday?").from("ann@example.com", "Ann Lee").build();

        IngestResult first = ingest(issue, mail);
        long audit = store.audit().count();
        IngestResult second = ingest(issue, mail);

        assertThat(first.created()).isEqualTo(2);
        assertThat(second).isEqualTo(new IngestResult(0, 0, 2, 0, 0, 0));
        assertThat(store.audit().count()).isEqualTo(audit);
        Task task = tasksByRef().get("OPS-1");
        assertThat(task.status()).isEqualTo(TaskStatus.TODO);
        assertThat(task.score()).isGreaterThan(40);
        assertThat(task.horizon().name()).isEqualTo("TODAY");
        assertThat(tasksByRef().get("m1").notes()).startsWith("From Ann Lee <ann@example.com>");
        assertThat(store.sourceItems().find(SourceKind.JIRA, "OPS-1").orElseThrow().taskId()).isEqualTo(task.id());
    }

    @Test
    void theSameRefUpdatesInPlace() {
        ingest(item(SourceKind.JIRA, "OPS-2", "Upgrade the database").build());
        IngestResult result = ingest(item(SourceKind.JIRA, "OPS-2", "Upgrade the database to 16").build());

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.created()).isZero();
        assertThat(store.tasks().count()).isEqualTo(1);
        assertThat(tasksByRef().get("OPS-2").title()).isEqualTo("Upgrade the database to 16");
        assertThat(store.sourceItems().listAll()).hasSize(1);
    }

    @Test
    void aJiraIssueAndItsNotificationEmailAreOneTask() {
        SourceItem issue = item(SourceKind.JIRA, "OPS-42", "Fix the login timeout on mobile").build();
        SourceItem mail = item(SourceKind.GMAIL, "m42", "[JIRA] (OPS-42) Fix the login timeout on mobile")
                .from("jira@acme.atlassian.net", "Jira").build();

        IngestResult result = ingest(mail, issue);

        assertThat(result.duplicates()).isEqualTo(1);
        Map<String, Task> tasks = tasksByRef();
        assertThat(tasks.get("OPS-42").status()).isEqualTo(TaskStatus.TODO);
        assertThat(tasks.get("m42").status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(tasks.get("m42").notes()).startsWith("Duplicate of \"Fix the login timeout on mobile\" (JIRA OPS-42)");
        assertThat(links(LinkKind.DUPLICATES)).singleElement().satisfies(link -> {
            assertThat(link.fromTaskId()).isEqualTo(tasks.get("m42").id());
            assertThat(link.toTaskId()).isEqualTo(tasks.get("OPS-42").id());
        });
    }

    @Test
    void aReviewRequestEmailArrivingLaterDuplicatesThePullRequest() {
        ingest(item(SourceKind.GITHUB, "acme/web#12", "Review: Cache the pricing table").build());
        IngestResult result = ingest(item(SourceKind.GMAIL, "m7",
                "Re: [acme/web] Cache the pricing table (PR #12)").from("notifications@github.com", "Bo").build());

        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(tasksByRef().get("m7").status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(tasksByRef().get("acme/web#12").isOpen()).isTrue();
    }

    @Test
    void anEmailThatOnlyNamesAnIssueIsLinkedNotMerged() {
        ingest(item(SourceKind.JIRA, "OPS-42", "Fix the login timeout on mobile").build());
        IngestResult result = ingest(item(SourceKind.GMAIL, "m9", "Budget for the offsite")
                .snippet("Unrelated, but OPS-42 is still open, right?").build());

        assertThat(result.duplicates()).isZero();
        assertThat(tasksByRef().get("m9").isOpen()).isTrue();
        assertThat(links(LinkKind.REFERENCES)).singleElement()
                .satisfies(l -> assertThat(l.toTaskId()).isEqualTo(tasksByRef().get("OPS-42").id()));
    }

    @Test
    void similarTitlesFromTwoSourcesWithoutAnIdentifierAreOneTask() {
        IngestResult result = ingest(
                item(SourceKind.FILE, "todo-17", "Prepare the quarterly board report slides").build(),
                item(SourceKind.GMAIL, "m3", "Fwd: Prepare quarterly board report slides").build());

        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(tasksByRef().get("m3").status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void repliesLinkToTheFirstMessageOfTheirThread() {
        ingest(item(SourceKind.GMAIL, "m1", "Venue options").thread("t1").build());
        ingest(item(SourceKind.GMAIL, "m2", "Re: Venue options for the party").thread("t1")
                .created(Items.T0.plusSeconds(3600)).build());

        assertThat(links(LinkKind.REPLY)).singleElement().satisfies(link -> {
            assertThat(link.fromTaskId()).isEqualTo(tasksByRef().get("m2").id());
            assertThat(link.toTaskId()).isEqualTo(tasksByRef().get("m1").id());
        });
    }

    @Test
    void parentsAndIssueLinksBecomeTaskLinksWhicheverArrivesFirst() {
        ingest(item(SourceKind.JIRA, "OPS-5", "Migrate the billing service").references("parent:OPS-1", "OPS-9")
                .build());
        IngestResult later = ingest(item(SourceKind.JIRA, "OPS-1", "Platform migration").build(),
                item(SourceKind.JIRA, "OPS-9", "Freeze billing deploys").build());

        Map<String, Task> tasks = tasksByRef();
        assertThat(later.linked()).isEqualTo(2);
        assertThat(links(LinkKind.PARENT)).singleElement().satisfies(link -> {
            assertThat(link.fromTaskId()).isEqualTo(tasks.get("OPS-1").id());
            assertThat(link.toTaskId()).isEqualTo(tasks.get("OPS-5").id());
        });
        assertThat(links(LinkKind.REFERENCES)).singleElement().satisfies(link -> {
            assertThat(link.fromTaskId()).isEqualTo(tasks.get("OPS-5").id());
            assertThat(link.toTaskId()).isEqualTo(tasks.get("OPS-9").id());
        });
    }

    @Test
    void itemsClosedUpstreamCloseTheirTasksWithANote() {
        ingest(item(SourceKind.GITHUB, "acme/web#3", "Flaky checkout test").build(),
                item(SourceKind.CALENDAR, "ev1", "Design review").event(Items.T0, Items.T0.plusSeconds(1800)).build());

        IngestResult result = pipeline.ingest(store, ACTOR, new IngestBatch(List.of(),
                List.of(ClosedItem.fromConnector(SourceKind.GITHUB, "acme/web#3"),
                        ClosedItem.fromConnector(SourceKind.CALENDAR, "ev1"))));
        IngestResult again = pipeline.ingest(store, ACTOR, new IngestBatch(List.of(),
                List.of(ClosedItem.fromConnector(SourceKind.GITHUB, "acme/web#3"))));

        assertThat(result.closed()).isEqualTo(2);
        assertThat(again.changedNothing()).isTrue();
        Map<String, Task> tasks = tasksByRef();
        assertThat(tasks.get("acme/web#3").status()).isEqualTo(TaskStatus.DONE);
        assertThat(tasks.get("acme/web#3").notes()).endsWith("Closed in GitHub on 2026-11-18.");
        assertThat(tasks.get("ev1").status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void aFailingBatchLeavesTheStoreAsItWas() {
        ingest(item(SourceKind.JIRA, "OPS-1", "Existing").build());
        long audit = store.audit().count();
        SourceItem fine = item(SourceKind.JIRA, "OPS-2", "Fine").build();
        SourceItem tooLong = item(SourceKind.JIRA, "OPS-3", "Link too long for the column")
                .url("https://example.com/" + "x".repeat(9_000)).build();

        assertThatThrownBy(() -> ingest(fine, tooLong)).isInstanceOf(StoreException.class);

        assertThat(store.tasks().count()).isEqualTo(1);
        assertThat(store.sourceItems().listAll()).hasSize(1);
        assertThat(store.audit().count()).isEqualTo(audit);
    }
}
