package dev.quarterdeck.core.portability;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON bytes into a {@link LocatedJson} tree. Broken input (truncated, not JSON, not UTF-8) becomes one
 * problem at the place the parser stopped; duplicate keys are reported and parsing goes on. Only a failure to read
 * the stream itself escapes as an IOException.
 */
final class LocatedJsonReader {

    /** Where a value sits, built as a chain and turned into text only when a problem is reported. */
    private record JsonPath(JsonPath parent, String field, int index) {

        static final JsonPath ROOT = new JsonPath(null, null, -1);

        JsonPath field(String name) {
            return new JsonPath(this, name, -1);
        }

        JsonPath item(int position) {
            return new JsonPath(this, null, position);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "$";
            }
            return parent + (field != null ? "." + field : "[" + index + "]");
        }
    }

    /** Jackson's note on where an unclosed object began; it names no source here and repeats the location. */
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:[^]]*]\\)");

    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']*)'");

    private final JsonFactory factory = new JsonFactory();
    private final ProblemList problems;

    LocatedJsonReader(ProblemList problems) {
        this.problems = problems;
    }

    /** The document's root value, or null when the input is not one well-formed JSON value. */
    LocatedJson read(InputStream in) throws IOException {
        CountingInput counted = new CountingInput(in);
        JsonParser parser = null;
        try {
            parser = factory.createParser(counted);
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(ImportProblem.inFile("the file is empty"));
                return null;
            }
            LocatedJson root = value(parser, JsonPath.ROOT);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(at.getLineNr(), at.getColumnNr(), "", "unexpected content after the end of the document");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : currentLocation(parser);
            problems.add(line(at), column(at), "", describe(e, counted.endsAt(at, unrecognizedToken(e))));
            return null;
        } catch (JacksonException | CharConversionException e) {
            JsonLocation at = currentLocation(parser);
            problems.add(line(at), column(at), "", "not readable JSON text: " + e.getMessage());
            return null;
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private LocatedJson value(JsonParser parser, JsonPath path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        long line = at.getLineNr();
        long column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, path, line, column);
            case START_ARRAY -> array(parser, path, line, column);
            case VALUE_STRING -> LocatedJson.scalar(LocatedJson.Type.STRING, parser.getText(), line, column);
            case VALUE_NUMBER_INT -> LocatedJson.scalar(LocatedJson.Type.INTEGER, parser.getText(), line, column);
            case VALUE_NUMBER_FLOAT -> LocatedJson.scalar(LocatedJson.Type.DECIMAL, parser.getText(), line, column);
            case VALUE_TRUE, VALUE_FALSE ->
                    LocatedJson.scalar(LocatedJson.Type.BOOLEAN, parser.getText(), line, column);
            case VALUE_NULL -> LocatedJson.scalar(LocatedJson.Type.NULL, "null", line, column);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        };
    }

    private LocatedJson object(JsonParser parser, JsonPath path, long line, long column) throws IOException {
        LinkedHashMap<String, LocatedJson> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            LocatedJson value = value(parser, path.field(name));
            LocatedJson earlier = fields.putIfAbsent(name, value);
            if (earlier != null) {
                problems.add(value.line, value.column, path.field(name).toString(),
                        "field \"" + name + "\" appears twice (first at line " + earlier.line + ")");
            }
        }
        return LocatedJson.object(fields, line, column);
    }

    private LocatedJson array(JsonParser parser, JsonPath path, long line, long column) throws IOException {
        List<LocatedJson> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser, path.item(items.size())));
        }
        return LocatedJson.array(items, line, column);
    }

    private static String describe(JsonProcessingException e, boolean atEndOfInput) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input") || atEndOfInput) {
            return "the file ends in the middle of the document (truncated?)";
        }
        if (original.contains("UTF-8")) {
            return "not UTF-8 text: " + original;
        }
        return "not valid JSON: " + START_MARKER.matcher(original).replaceAll("");
    }

    private static String unrecognizedToken(JsonProcessingException e) {
        Matcher token = UNRECOGNIZED_TOKEN.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        return token.lookingAt() ? token.group(1) : "";
    }

    private static JsonLocation currentLocation(JsonParser parser) {
        return parser == null ? null : parser.currentLocation();
    }

    private static long line(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    private static long column(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }

    /**
     * Counts the bytes the parser has taken, so an error at the very end of the input (a file cut inside a keyword
     * such as {@code nu}) is recognised as truncation rather than shown as a syntax error.
     */
    private static final class CountingInput extends FilterInputStream {

        private long count;
        private boolean ended;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                ended = true;
            } else {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                ended = true;
            } else {
                count += n;
            }
            return n;
        }

        /** True when the input is used up and the failing token (which starts at {@code at}) runs to its end. */
        boolean endsAt(JsonLocation at, String failingToken) {
            return ended && at != null && at.getByteOffset() >= 0
                    && at.getByteOffset() + failingToken.getBytes(StandardCharsets.UTF_8).length >= count;
        }
    }
}
