package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published schema ({@code docs/export-format.schema.json}) and the exporter must describe the same format. */
class ExportSchemaTest {

    private static final Path SCHEMA = Path.of("..", "docs", "export-format.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schema;
    private static SchemaCheck check;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = JSON.readTree(SCHEMA.toFile());
        check = new SchemaCheck(schema);
    }

    @Test
    void exportOfTheSampleWorkspaceConformsToTheSchema() throws IOException {
        assertThat(check.violations(export(SampleWorkspace.small()))).isEmpty();
    }

    @Test
    void exportOfTheDemoWorkspaceConformsToTheSchema() throws IOException {
        WorkspaceSnapshot demo = DemoWorkspace.create(LocalDate.of(2026, 3, 3), ZoneId.of("Europe/Berlin"),
                Instant.parse("2026-03-03T08:00:00Z"));

        assertThat(check.violations(export(demo))).isEmpty();
    }

    @Test
    void exportOfALargerWorkspaceConformsToTheSchema() throws IOException {
        assertThat(check.violations(export(SampleWorkspace.large(300)))).isEmpty();
    }

    @Test
    void schemaNamesExactlyTheFieldsTheExporterWrites() {
        for (ExportTable<?> table : ExportTables.ALL) {
            JsonNode section = schema.get("properties").get(table.name());
            assertThat(section).as(table.name()).isNotNull();
            String definition = section.get("items").get("$ref").asText().substring("#/$defs/".length());
            JsonNode record = schema.get("$defs").get(definition);
            assertThat(names(record.get("properties"))).as(table.name()).containsExactlyElementsOf(table.columnNames());
            assertThat(names(record.get("required"))).as(table.name()).containsExactlyElementsOf(table.columnNames());
        }
        List<String> topLevel = new ArrayList<>(List.of("format", "version", "exportedAt"));
        ExportTables.ALL.stream().filter(t -> t != ExportTables.RISK_LINKS).forEach(t -> topLevel.add(t.name()));
        assertThat(names(schema.get("required"))).as("riskLinks came later and may be missing")
                .containsExactlyElementsOf(topLevel);
    }

    @Test
    void theCheckCatchesDocumentsThatBreakTheSchema() throws IOException {
        ObjectNode document = (ObjectNode) export(SampleWorkspace.small());
        ObjectNode task = (ObjectNode) document.get("tasks").get(0);
        task.remove("title");
        task.put("status", "SOON");
        task.put("colour", "red");
        ((ObjectNode) document.get("risks").get(0)).put("likelihood", 9);
        ((ObjectNode) document.get("budgetLines").get(0).get("planned")).put("amount", 12.5);
        document.put("version", 2);

        assertThat(check.violations(document)).containsExactlyInAnyOrder(
                "$.version: expected 1",
                "$.tasks[0]: missing title",
                "$.tasks[0].status: \"SOON\" is not in [\"TODO\",\"DOING\",\"WAITING\",\"DONE\",\"CANCELLED\"]",
                "$.tasks[0]: unexpected field colour",
                "$.risks[0].likelihood: 9 is above 5",
                "$.budgetLines[0].planned.amount: expected type \"string\", found NUMBER");
    }

    private static JsonNode export(WorkspaceSnapshot workspace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(workspace, Instant.parse("2026-03-03T12:00:00Z"), out);
        return JSON.readTree(out.toByteArray());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
