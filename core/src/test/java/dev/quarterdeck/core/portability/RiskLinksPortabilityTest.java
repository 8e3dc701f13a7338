package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Risk links (schema 5) in the export format: written, read back, checked, and optional in older files. */
class RiskLinksPortabilityTest {

    private static final Instant EXPORTED = Instant.parse("2026-03-03T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkspaceSnapshot sample = SampleWorkspace.small();

    @Test
    void riskLinksAreWrittenLastAndReadBack() throws IOException {
        String json = new String(export(sample), StandardCharsets.UTF_8);
        JsonNode links = JSON.readTree(json).get("riskLinks");

        assertThat(links).hasSize(2);
        assertThat(json.indexOf("\"riskLinks\"")).isGreaterThan(json.indexOf("\"sourceItems\""));
        RiskLink toTask = sample.riskLinks().stream().filter(RiskLink::isTask).findFirst().orElseThrow();
        assertThat(json).contains("\"taskId\": \"" + toTask.taskId() + "\",\n      \"milestoneId\": null");
        assertThat(read(json).value().riskLinks()).containsExactlyInAnyOrderElementsOf(sample.riskLinks());
    }

    @Test
    void aFileFromBeforeRiskLinksStillImports() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(export(sample));
        document.remove("riskLinks");

        ImportResult<WorkspaceSnapshot> result = read(JSON.writeValueAsString(document));

        assertThat(result.problems()).isEmpty();
        assertThat(result.value().riskLinks()).isEmpty();
        assertThat(result.value().risks()).hasSize(sample.risks().size());
    }

    @Test
    void aLinkToATaskOfAnotherProjectOrToNothingIsRefusedWithItsPlace() throws IOException {
        RiskLink link = sample.riskLinks().stream().filter(RiskLink::isTask).findFirst().orElseThrow();
        Task elsewhere = sample.tasks().stream()
                .filter(t -> t.projectId() != null && !t.projectId().equals(projectOf(link))).findFirst().orElseThrow();
        ObjectNode document = (ObjectNode) JSON.readTree(export(sample));
        // the task link now points into another project; the milestone link gets a task as well (two targets)
        for (JsonNode row : document.get("riskLinks")) {
            ((ObjectNode) row).put("taskId", elsewhere.id().toString());
        }

        ImportResult<WorkspaceSnapshot> result = read(JSON.writeValueAsString(document));

        assertThat(result.value()).isNull();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.location()).matches("\\$\\.riskLinks\\[[01]\\]\\.taskId");
            assertThat(p.message()).contains("is not in the risk's project");
        }).anySatisfy(p -> {
            assertThat(p.location()).startsWith("$.riskLinks[");
            assertThat(p.message()).contains("exactly one task or one milestone");
        });
    }

    @Test
    void csvHasARiskLinksFileAndTheProjectSliceKeepsItsLinks(@TempDir Path folder) throws IOException {
        new CsvExporter().writeFolder(sample, folder);

        List<String> lines = Files.readAllLines(folder.resolve("riskLinks.csv"));
        assertThat(lines.get(0)).isEqualTo("id,riskId,taskId,milestoneId");
        assertThat(lines).hasSize(3);
        assertThat(ProjectSlice.of(sample, "KUBE").riskLinks()).hasSize(2);
        assertThat(ProjectSlice.of(sample, "HOME2").riskLinks()).isEmpty();
    }

    @Test
    void theSameLinkUnderAnotherIdIsAConflictForMergeAndSkippedBySkip(@TempDir Path folder) {
        WorkspaceSnapshot demo = dev.quarterdeck.core.demo.DemoWorkspace.create(java.time.LocalDate.of(2026, 3, 3),
                java.time.ZoneOffset.UTC, EXPORTED);
        RiskLink stored = demo.riskLinks().get(0);
        RiskLink twin = new RiskLink(java.util.UUID.randomUUID(), stored.riskId(), stored.taskId(),
                stored.milestoneId());
        WorkspaceSnapshot file = new WorkspaceSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(twin));
        java.time.Clock clock = java.time.Clock.fixed(EXPORTED, java.time.ZoneOffset.UTC);
        try (var store = dev.quarterdeck.core.store.Store.open(
                dev.quarterdeck.core.store.StoreConfig.h2File(folder), clock)) {
            store.importSnapshot(dev.quarterdeck.core.audit.Actor.system("demo"), demo);
            StoreImport importer = new StoreImport(store, clock);

            StoreImportSummary merge = importer.importSnapshot(file, ConflictPolicy.MERGE);
            assertThat(merge.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("already links this risk"));
            StoreImportSummary skip = importer.importSnapshot(file, ConflictPolicy.SKIP_CONFLICTS);
            assertThat(skip.problems()).isEmpty();
            assertThat(skip.skipped()).isEqualTo(1);
            assertThat(store.riskLinks().listAll()).hasSameSizeAs(demo.riskLinks());
        }
    }

    private java.util.UUID projectOf(RiskLink link) {
        return sample.risks().stream().filter(r -> r.id().equals(link.riskId())).findFirst().orElseThrow()
                .projectId();
    }

    private static ImportResult<WorkspaceSnapshot> read(String json) throws IOException {
        return new JsonImporter().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] export(WorkspaceSnapshot workspace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(workspace, EXPORTED, out);
        return out.toByteArray();
    }
}
