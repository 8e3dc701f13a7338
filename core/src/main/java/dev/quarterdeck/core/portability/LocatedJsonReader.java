package dev.quarterdeck.core.portability;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Parses JSON bytes into a {@link LocatedJson} tree. Broken input (truncated, not JSON, not UTF-8) becomes one
 * problem at the place the parser stopped; duplicate keys are reported and parsing goes on. Only a failure to read
 * the stream itself escapes as an IOException.
 */
final class LocatedJsonReader {

    private final JsonFactory factory = new JsonFactory();
    private final ProblemList problems;

    LocatedJsonReader(ProblemList problems) {
        this.problems = problems;
    }

    /** The document's root value, or null when the input is not one well-formed JSON value. */
    LocatedJson read(InputStream in) throws IOException {
        JsonParser parser = null;
        try {
            parser = factory.createParser(in);
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(ImportProblem.inFile("the file is empty"));
                return null;
            }
            LocatedJson root = value(parser, "$");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(at.getLineNr(), at.getColumnNr(), "", "unexpected content after the end of the document");
                return null;
            }
            return root;
        } catch (JsonEOFException e) {
            JsonLocation at = e.getLocation();
            problems.add(line(at), column(at), "", "the file ends in the middle of the document (truncated?)");
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(line(at), column(at), "", "not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (JacksonException | CharConversionException e) {
            JsonLocation at = parser == null ? null : parser.currentLocation();
            problems.add(line(at), column(at), "", "not readable JSON text: " + e.getMessage());
            return null;
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private LocatedJson value(JsonParser parser, String path) throws IOException {
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
            case VALUE_TRUE, VALUE_FALSE -> LocatedJson.scalar(LocatedJson.Type.BOOLEAN, parser.getText(), line, column);
            case VALUE_NULL -> LocatedJson.scalar(LocatedJson.Type.NULL, "null", line, column);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        };
    }

    private LocatedJson object(JsonParser parser, String path, long line, long column) throws IOException {
        LinkedHashMap<String, LocatedJson> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            LocatedJson value = value(parser, path + "." + name);
            LocatedJson earlier = fields.putIfAbsent(name, value);
            if (earlier != null) {
                problems.add(value.line, value.column, path + "." + name,
                        "field \"" + name + "\" appears twice (first at line " + earlier.line + ")");
            }
        }
        return LocatedJson.object(fields, line, column);
    }

    private LocatedJson array(JsonParser parser, String path, long line, long column) throws IOException {
        List<LocatedJson> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser, path + "[" + items.size() + "]"));
        }
        return LocatedJson.array(items, line, column);
    }

    private static long line(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getLineNr(), 0);
    }

    private static long column(JsonLocation at) {
        return at == null ? 0 : Math.max(at.getColumnNr(), 0);
    }
}
