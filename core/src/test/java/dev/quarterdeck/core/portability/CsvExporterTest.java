package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

    private static final Instant EXPORTED = Instant.parse("2026-03-03T12:00:00Z");

    private final WorkspaceSnapshot workspace = SampleWorkspace.small();
    private final CsvExporter exporter = new CsvExporter();

    @Test
    void folderHoldsOneFilePerTableWithHeaderAndEveryRow(@TempDir Path folder) throws IOException {
        exporter.writeFolder(workspace, folder);

        assertThat(folder.toFile().list()).containsExactlyInAnyOrderElementsOf(CsvExporter.fileNames());
        assertThat(CsvExporter.fileNames()).startsWith("projects.csv", "tasks.csv").endsWith("sourceItems.csv",
                "riskLinks.csv");
        for (ExportTable<?> table : ExportTables.ALL) {
            List<CSVRecord> records = parse(Files.readString(folder.resolve(table.name() + ".csv")));
            assertThat(records.get(0).toList()).isEqualTo(CsvExporter.headers(table));
            assertThat(records).hasSize(1 + table.rows().apply(workspace).size());
            assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(records.get(0).size()));
        }
    }

    @Test
    void awkwardTextSurvivesQuotingExactly(@TempDir Path folder) throws IOException {
        exporter.writeFolder(workspace, folder);

        String csv = Files.readString(folder.resolve("tasks.csv"), StandardCharsets.UTF_8);
        Map<String, Map<String, String>> byTitle = rowsBy(parse(csv), "title");
        Task plan = workspace.tasks().stream().filter(t -> t.title().equals("Write the cut-over plan")).findFirst()
                .orElseThrow();

        assertThat(byTitle.get("Write the cut-over plan")).containsEntry("notes", plan.notes())
                .containsEntry("estimate", "PT1H30M").containsEntry("completedAt", "")
                .containsEntry("horizonPinned", "true").containsEntry("score", "0.8125")
                .containsEntry("sourceUrl", "https://jira.example.com/browse/KUBE-12?focus=a%20b");
        assertThat(byTitle).containsKey("Reply to Jürgen — Übergabe 交接");
        assertThat(csv).startsWith("id,projectId,title,notes,status,").contains("\r\n")
                .contains("\"Move DNS, then \"\"flip\"\" traffic\"");
    }

    @Test
    void moneyIsTwoColumnsAndListsAreJsonArrays(@TempDir Path folder) throws IOException {
        exporter.writeFolder(workspace, folder);

        Map<String, Map<String, String>> lines = rowsBy(parse(Files.readString(folder.resolve("budgetLines.csv"))),
                "category");
        Map<String, Map<String, String>> projects = rowsBy(parse(Files.readString(folder.resolve("projects.csv"))),
                "code");

        assertThat(lines.get("Cloud")).containsEntry("plannedAmount", "30000.00")
                .containsEntry("plannedCurrency", "EUR");
        assertThat(lines.get("Builders")).containsEntry("plannedAmount", "12500.50");
        assertThat(projects.get("KUBE"))
                .containsEntry("objectives", "[\"Ship it\",\"Keep costs, \\\"under\\\" control\"]")
                .containsEntry("successCriteria", "[]").containsEntry("sponsor", "")
                .containsEntry("budgetTotal", "48000.00");
    }

    @Test
    void zipHoldsTheSameFilesAsTheFolder(@TempDir Path folder) throws IOException {
        exporter.writeFolder(workspace, folder);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        exporter.writeZip(workspace, EXPORTED, zip);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getLastModifiedTime().toInstant()).isEqualTo(EXPORTED);
                entries.put(entry.getName(), in.readAllBytes());
            }
        }

        assertThat(entries.keySet()).containsExactlyElementsOf(CsvExporter.fileNames());
        for (String name : CsvExporter.fileNames()) {
            assertThat(entries.get(name)).as(name).isEqualTo(Files.readAllBytes(folder.resolve(name)));
        }
    }

    @Test
    void sameDataGivesTheSameZipBytes() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        exporter.writeZip(workspace, EXPORTED, first);
        exporter.writeZip(ExportTables.canonical(workspace), EXPORTED, second);

        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private static Map<String, Map<String, String>> rowsBy(List<CSVRecord> records, String key) {
        List<String> header = records.get(0).toList();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.put(row.get(key), row);
        }
        return rows;
    }
}
