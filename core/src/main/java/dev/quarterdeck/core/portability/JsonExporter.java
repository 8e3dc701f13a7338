package dev.quarterdeck.core.portability;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Writes a workspace as one JSON document (format {@value ExportFormat#NAME}, version {@value ExportFormat#VERSION})
 * with Jackson's streaming generator. Keys come in a fixed order, rows in a fixed order and nulls are written, so
 * the same records always give the same bytes; only {@code exportedAt} changes from one export to the next.
 * Indented with two spaces and {@code \n} on every platform, so a problem reported at "line 12" can be found in an
 * editor. Thread-safe.
 */
public final class JsonExporter {

    private final JsonFactory factory = new JsonFactory();

    public void write(WorkspaceSnapshot snapshot, Instant exportedAt, OutputStream out) throws IOException {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(exportedAt, "exportedAt");
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeStringField("format", ExportFormat.NAME);
            json.writeNumberField("version", ExportFormat.VERSION);
            json.writeStringField("exportedAt", exportedAt.toString());
            for (ExportTable<?> table : ExportTables.ALL) {
                writeTable(json, table, snapshot);
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static <T> void writeTable(JsonGenerator json, ExportTable<T> table, WorkspaceSnapshot snapshot)
            throws IOException {
        json.writeArrayFieldStart(table.name());
        for (T row : table.sortedRows(snapshot)) {
            json.writeStartObject();
            for (ExportColumn<T> column : table.columns()) {
                json.writeFieldName(column.name());
                writeValue(json, column.kind(), column.valueOf(row));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeValue(JsonGenerator json, ExportColumn.Kind kind, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (kind) {
            case TEXT -> json.writeString((String) value);
            case INTEGER -> json.writeNumber((Long) value);
            case NUMBER -> json.writeNumber((Double) value);
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case TEXT_LIST -> {
                json.writeStartArray();
                for (Object item : (List<?>) value) {
                    json.writeString((String) item);
                }
                json.writeEndArray();
            }
            case MONEY -> {
                Money money = (Money) value;
                json.writeStartObject();
                json.writeStringField("amount", money.amount().toPlainString());
                json.writeStringField("currency", money.currency().getCurrencyCode());
                json.writeEndObject();
            }
            default -> throw new IllegalStateException("unhandled column kind " + kind);
        }
    }
}
