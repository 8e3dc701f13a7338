package dev.quarterdeck.app.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The app's small settings files as maps of text, numbers, booleans and nested objects, through Jackson's streaming
 * parser and generator. These files are read before the first frame, where initialising Jackson's data binding
 * cost about 0.4 s of start-up; the streaming layer costs a fraction of that.
 */
public final class SmallJson {

    private static final JsonFactory JSON = new JsonFactory();

    private SmallJson() {
    }

    /** The top-level object's fields; arrays and nulls are skipped. Numbers come back as {@link Double}. */
    public static Map<String, Object> read(byte[] bytes) throws IOException {
        try (JsonParser parser = JSON.createParser(bytes)) {
            Map<String, Object> fields = object(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IOException("text follows the closing }");
            }
            return fields;
        }
    }

    /** Writes {@code fields} (values: String, Number, Boolean or a nested map) as an indented JSON object. */
    public static byte[] write(Map<String, ?> fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
            writeObject(out, fields);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write JSON", e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> object(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new IOException("expected a JSON object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonToken token = parser.nextToken();
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (value) {
                case START_OBJECT -> fields.put(name, object(parser, value));
                case START_ARRAY -> parser.skipChildren();
                case VALUE_STRING -> fields.put(name, parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> fields.put(name, parser.getDoubleValue());
                case VALUE_TRUE, VALUE_FALSE -> fields.put(name, parser.getBooleanValue());
                default -> { }
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IOException("the object is not closed");
        }
        return fields;
    }

    private static void writeObject(JsonGenerator out, Map<String, ?> fields) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            out.writeFieldName(field.getKey());
            Object value = field.getValue();
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> object = (Map<String, ?>) nested;
                writeObject(out, object);
            } else if (value instanceof String text) {
                out.writeString(text);
            } else if (value instanceof Boolean flag) {
                out.writeBoolean(flag);
            } else if (value instanceof Long || value instanceof Integer) {
                out.writeNumber(((Number) value).longValue());
            } else if (value instanceof Number number) {
                out.writeNumber(number.doubleValue());
            } else {
                throw new IllegalArgumentException(field.getKey() + " has a value JSON cannot hold here: " + value);
            }
        }
        out.writeEndObject();
    }
}
