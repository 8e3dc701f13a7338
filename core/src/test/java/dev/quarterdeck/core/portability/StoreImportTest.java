package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export from and import into a real H2 store, with both conflict policies. */
class StoreImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private static WorkspaceSnapshot demo() {
        return DemoWorkspace.create(LocalDate.of(2026, 3, 3), ZoneOffset.UTC, CLOCK.instant());
    }

    private Store open(String name) {
        return Store.open(StoreConfig.h2File(temp.resolve(name)), CLOCK);
    }

    @Test
    void exportedFileImportsIntoAnEmptyStoreAndExportsTheSame() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");
        try (Store source = open("a")) {
            source.importSnapshot(Actor.system("demo"), demo());
            new StoreExport(source, CLOCK).export(ExportTarget.JSON, first, Optional.empty());
        }
        try (Store target = open("b")) {
            StoreImportSummary summary = new StoreImport(target, CLOCK).importFile(first, ConflictPolicy.ASK,
                    Optional.empty());
            assertThat(summary.problems()).isEmpty();
            assertThat(summary.created()).isGreaterThan(77);
            new StoreExport(target, CLOCK).export(ExportTarget.JSON, second, Optional.empty());
        }
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void oneProjectExportHoldsOnlyThatProject() throws Exception {
        Path zip = temp.resolve("kube.zip");
        try (Store store = open("a")) {
            store.importSnapshot(Actor.system("demo"), demo());
            String code = store.projects().list().get(1).code();
            StoreExport.Summary summary = new StoreExport(store, CLOCK).export(ExportTarget.csvFor(zip), zip,
                    Optional.of(code));
            assertThat(summary.projects()).isEqualTo(1);
            try (ZipFile files = new ZipFile(zip.toFile())) {
                String projects = new String(files.getInputStream(files.getEntry("projects.csv")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(projects.lines()).hasSize(2).anyMatch(line -> line.contains("," + code + ","));
            }
        }
    }

    @Test
    void aNonEmptyStoreNeedsADecision() throws Exception {
        try (Store store = open("a")) {
            store.importSnapshot(Actor.system("demo"), demo());
            StoreImportSummary summary = new StoreImport(store, CLOCK).importSnapshot(demo(), ConflictPolicy.ASK);
            assertThat(summary.succeeded()).isFalse();
            assertThat(summary.problems().get(0).message()).startsWith("the store is not empty");
        }
    }

    @Test
    void mergeReplacesByIdAndSkipKeepsTheStoredRecord() throws Exception {
        WorkspaceSnapshot demo = demo();
        Task first = demo.tasks().get(0);
        Task renamed = new Task(first.id(), first.projectId(), "Renamed in the file", first.notes(), first.status(),
                first.horizon(), first.horizonPinned(), first.due(), first.estimate(), first.owner(), first.score(),
                first.sourceKind(), first.sourceRef(), first.sourceUrl(), first.createdAt(), first.updatedAt(),
                first.completedAt(), first.version());
        Task added = Task.create(java.util.UUID.randomUUID(), first.projectId(), "Only in the file",
                dev.quarterdeck.core.task.Horizon.WEEK, null, CLOCK.instant());
        WorkspaceSnapshot file = new WorkspaceSnapshot(List.of(), List.of(renamed, added), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        try (Store store = open("skip")) {
            store.importSnapshot(Actor.system("demo"), demo);
            StoreImportSummary skipped = new StoreImport(store, CLOCK).importSnapshot(file,
                    ConflictPolicy.SKIP_CONFLICTS);
            assertThat(skipped.created()).isEqualTo(1);
            assertThat(skipped.skipped()).isEqualTo(1);
            assertThat(store.tasks().find(first.id()).orElseThrow().title()).isEqualTo(first.title());
        }
        try (Store store = open("merge")) {
            store.importSnapshot(Actor.system("demo"), demo);
            StoreImportSummary merged = new StoreImport(store, CLOCK).importSnapshot(file, ConflictPolicy.MERGE);
            assertThat(merged.updated()).isEqualTo(1);
            assertThat(merged.created()).isEqualTo(1);
            assertThat(store.tasks().find(first.id()).orElseThrow().title()).isEqualTo("Renamed in the file");
        }
    }

    @Test
    void aProjectCodeHeldByAnotherProjectIsAConflictForMergeAndSkippedWithItsTasks() throws Exception {
        WorkspaceSnapshot demo = demo();
        Project stored = demo.projects().get(0);
        Project twin = new Project(java.util.UUID.randomUUID(), stored.code(), "Twin", "", stored.status(),
                stored.priority(), null, null, null, null, List.of(), List.of(), "", "", stored.currency(),
                java.math.BigDecimal.ZERO, CLOCK.instant(), CLOCK.instant(), 0);
        Task twinTask = Task.create(java.util.UUID.randomUUID(), twin.id(), "Twin task",
                dev.quarterdeck.core.task.Horizon.WEEK, null, CLOCK.instant());
        WorkspaceSnapshot file = new WorkspaceSnapshot(List.of(twin), List.of(twinTask), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        try (Store store = open("a")) {
            store.importSnapshot(Actor.system("demo"), demo);
            StoreImport importer = new StoreImport(store, CLOCK);

            StoreImportSummary merge = importer.importSnapshot(file, ConflictPolicy.MERGE);
            assertThat(merge.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("already has the code " + stored.code()));

            StoreImportSummary skip = importer.importSnapshot(file, ConflictPolicy.SKIP_CONFLICTS);
            assertThat(skip.problems()).isEmpty();
            assertThat(skip.skipped()).isEqualTo(2);
            assertThat(store.tasks().find(twinTask.id())).isEmpty();
        }
    }

    @Test
    void badJsonIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
        String json = "{\n  \"format\": \"quarterdeck-export\",\n  \"version\": 99\n}\n";
        try (Store store = open("a")) {
            StoreImportSummary summary = new StoreImport(store, CLOCK).importJson(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ConflictPolicy.MERGE);
            assertThat(summary.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("unsupported export version 99");
            });
            assertThat(store.isEmpty()).isTrue();
        }
    }

    @Test
    void taskCsvLandsInTheDefaultProject() throws Exception {
        Path csv = temp.resolve("todoist.csv");
        Files.writeString(csv, "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\r\n"
                + "task,Call the landlord,,4,1,,,2026-03-05,en,UTC\r\n"
                + "task,\"Sign lease, both copies\",,1,1,,,,en,UTC\r\n");
        try (Store store = open("a")) {
            store.importSnapshot(Actor.system("demo"), demo());
            String code = store.projects().list().get(0).code();
            StoreImportSummary summary = new StoreImport(store, CLOCK).importFile(csv, ConflictPolicy.ASK,
                    Optional.of(code));
            assertThat(summary.problems()).isEmpty();
            assertThat(summary.created()).isEqualTo(2);
            assertThat(store.tasks().search("landlord", 5)).singleElement()
                    .satisfies(t -> assertThat(t.projectId()).isEqualTo(store.projects().list().get(0).id()));
        }
    }

    @Test
    void csvWithABadRowReportsTheRowAndImportsNothing() throws Exception {
        Path csv = temp.resolve("tasks.csv");
        Files.writeString(csv, "Title,Due\r\nFirst,2026-03-05\r\nSecond,2026-13-45\r\nThird,2026-03-06,extra\r\n");
        try (Store store = open("a")) {
            StoreImportSummary summary = new StoreImport(store, CLOCK).importFile(csv, ConflictPolicy.ASK,
                    Optional.empty());
            assertThat(summary.problems()).extracting(ImportProblem::line).containsExactly(3L, 4L);
            assertThat(store.isEmpty()).isTrue();
        }
    }
}
