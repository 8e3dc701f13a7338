package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    private static final Instant EXPORTED = Instant.parse("2026-03-03T12:00:00Z");

    private final JsonExporter exporter = new JsonExporter();
    private final JsonImporter importer = new JsonImporter();

    @Test
    void snapshotSurvivesExportAndImport() throws IOException {
        WorkspaceSnapshot original = SampleWorkspace.small();

        ImportResult<WorkspaceSnapshot> result = importer.read(new ByteArrayInputStream(export(original)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.value()).isEqualTo(ExportTables.canonical(original));
    }

    @Test
    void exportOfAnImportIsTheSameBytes() throws IOException {
        byte[] first = export(SampleWorkspace.small());

        byte[] second = export(importer.read(new ByteArrayInputStream(first)).value());

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void recordOrderInTheSnapshotDoesNotChangeTheBytes() throws IOException {
        WorkspaceSnapshot snapshot = SampleWorkspace.small();
        WorkspaceSnapshot shuffled = new WorkspaceSnapshot(reversed(snapshot.projects()), reversed(snapshot.tasks()),
                reversed(snapshot.links()), reversed(snapshot.risks()), reversed(snapshot.milestones()),
                reversed(snapshot.milestoneTasks()), reversed(snapshot.stakeholders()),
                reversed(snapshot.budgetLines()), reversed(snapshot.transactions()), reversed(snapshot.documents()),
                reversed(snapshot.sourceItems()), reversed(snapshot.riskLinks()));

        assertThat(export(shuffled)).isEqualTo(export(snapshot));
    }

    @Test
    void documentStartsWithFormatVersionAndExportTimeThenEveryTableInOrder() throws IOException {
        String json = new String(export(SampleWorkspace.small()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"format\": \"quarterdeck-export\",\n  \"version\": 1,\n"
                + "  \"exportedAt\": \"2026-03-03T12:00:00Z\",\n  \"projects\": [\n");
        List<Integer> positions = ExportTables.ALL.stream().map(t -> json.indexOf("\n  \"" + t.name() + "\": ["))
                .toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(json).contains("\"planned\": {\n        \"amount\": \"30000.00\",\n        \"currency\": \"EUR\"\n")
                .contains("\"budgetTotal\": \"12500.00\"")
                .contains("\"estimate\": \"PT1H30M\"")
                .contains("\"cadence\": \"PT336H\"")
                .contains("\"owner\": null")
                .doesNotContain("\r\n  ")
                .endsWith("}\n");
    }

    @Test
    void oneProjectExportCarriesOnlyThatProjectAndItsOwnConnections() throws IOException {
        WorkspaceSnapshot all = SampleWorkspace.small();

        WorkspaceSnapshot kube = ProjectSlice.of(all, "KUBE");
        WorkspaceSnapshot imported = importer.read(new ByteArrayInputStream(export(kube))).value();

        assertThat(imported.projects()).extracting(Project::code).containsExactly("KUBE");
        Set<UUID> kubeTasks = imported.tasks().stream().map(Task::id).collect(Collectors.toSet());
        assertThat(imported.tasks()).hasSize(3);
        assertThat(imported.links()).hasSize(2)
                .allMatch(l -> kubeTasks.contains(l.fromTaskId()) && kubeTasks.contains(l.toTaskId()));
        assertThat(imported.milestoneTasks()).hasSize(2);
        assertThat(imported.risks()).hasSize(2);
        assertThat(imported.budgetLines()).hasSize(2);
        assertThat(imported.transactions()).hasSize(2);
        assertThat(imported.stakeholders()).hasSize(1);
        assertThat(imported.documents()).hasSize(1);
        assertThat(imported.sourceItems()).extracting(SourceItem::ref).containsExactly("msg-18c2");
    }

    @Test
    void emptyWorkspaceRoundTrips() throws IOException {
        WorkspaceSnapshot empty = new WorkspaceSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        byte[] json = export(empty);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"tasks\": [],");
        assertThat(importer.read(new ByteArrayInputStream(json)).value()).isEqualTo(empty);
    }

    private byte[] export(WorkspaceSnapshot snapshot) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(snapshot, EXPORTED, out);
        return out.toByteArray();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
