package dev.quarterdeck.core.portability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a workspace as one RFC 4180 CSV file per table ({@code projects.csv}, {@code tasks.csv}, …): UTF-8
 * without a byte order mark, CRLF line ends, a header row with the same field names as the JSON export, rows in
 * the same order. Money becomes two columns ({@code plannedAmount}, {@code plannedCurrency}); a list of text
 * becomes a JSON array in one cell; null becomes an empty cell. Thread-safe.
 */
public final class CsvExporter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private final JsonFactory json = new JsonFactory();

    /** The file names, one per table, in export order. */
    public static List<String> fileNames() {
        return ExportTables.ALL.stream().map(CsvExporter::fileName).toList();
    }

    /** Writes every table into {@code folder}, creating it if needed and replacing files of the same names. */
    public void writeFolder(WorkspaceSnapshot snapshot, Path folder) throws IOException {
        Objects.requireNonNull(snapshot, "snapshot");
        Files.createDirectories(folder);
        for (ExportTable<?> table : ExportTables.ALL) {
            try (Writer writer = Files.newBufferedWriter(folder.resolve(fileName(table)), StandardCharsets.UTF_8)) {
                writeTable(table, snapshot, writer);
            }
        }
    }

    /** Writes every table as an entry of one zip archive, dated {@code exportedAt}; {@code out} stays open. */
    public void writeZip(WorkspaceSnapshot snapshot, Instant exportedAt, OutputStream out) throws IOException {
        Objects.requireNonNull(snapshot, "snapshot");
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        for (ExportTable<?> table : ExportTables.ALL) {
            ZipEntry entry = new ZipEntry(fileName(table));
            entry.setLastModifiedTime(FileTime.from(exportedAt));
            zip.putNextEntry(entry);
            writeTable(table, snapshot, writer);
            writer.flush();
            zip.closeEntry();
        }
        zip.finish();
    }

    private static String fileName(ExportTable<?> table) {
        return table.name() + ".csv";
    }

    private <T> void writeTable(ExportTable<T> table, WorkspaceSnapshot snapshot, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(headers(table));
        List<String> cells = new ArrayList<>();
        for (T row : table.sortedRows(snapshot)) {
            cells.clear();
            for (ExportColumn<T> column : table.columns()) {
                addCells(cells, column.kind(), column.valueOf(row));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    static List<String> headers(ExportTable<?> table) {
        List<String> headers = new ArrayList<>();
        for (ExportColumn<?> column : table.columns()) {
            if (column.kind() == ExportColumn.Kind.MONEY) {
                headers.add(column.name() + "Amount");
                headers.add(column.name() + "Currency");
            } else {
                headers.add(column.name());
            }
        }
        return headers;
    }

    private void addCells(List<String> cells, ExportColumn.Kind kind, Object value) {
        if (kind == ExportColumn.Kind.MONEY) {
            Money money = (Money) value;
            cells.add(money == null ? "" : money.amount().toPlainString());
            cells.add(money == null ? "" : money.currency().getCurrencyCode());
        } else if (value == null) {
            cells.add("");
        } else if (kind == ExportColumn.Kind.TEXT_LIST) {
            cells.add(jsonArray((List<?>) value));
        } else {
            cells.add(value.toString());
        }
    }

    private String jsonArray(List<?> items) {
        StringWriter text = new StringWriter();
        try (JsonGenerator array = json.createGenerator(text)) {
            array.writeStartArray();
            for (Object item : items) {
                array.writeString((String) item);
            }
            array.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return text.toString();
    }
}
