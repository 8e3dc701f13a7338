package dev.quarterdeck.core.portability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers the line and column it started at. Jackson's tree model forgets locations,
 * and every import problem must name its line, so the importer parses into this small tree instead.
 * Numbers keep their source text, so a decimal is never rounded before it is checked.
 */
final class LocatedJson {

    enum Type {
        OBJECT("an object"), ARRAY("an array"), STRING("a string"), INTEGER("a whole number"), DECIMAL("a number"),
        BOOLEAN("true or false"), NULL("null");

        final String description;

        Type(String description) {
            this.description = description;
        }
    }

    final Type type;
    final String text;
    final long line;
    final long column;
    final Map<String, LocatedJson> fields;
    final List<LocatedJson> items;

    private LocatedJson(Type type, String text, long line, long column, Map<String, LocatedJson> fields,
            List<LocatedJson> items) {
        this.type = type;
        this.text = text;
        this.line = line;
        this.column = column;
        this.fields = fields;
        this.items = items;
    }

    static LocatedJson scalar(Type type, String text, long line, long column) {
        return new LocatedJson(type, text, line, column, Map.of(), List.of());
    }

    static LocatedJson object(LinkedHashMap<String, LocatedJson> fields, long line, long column) {
        return new LocatedJson(Type.OBJECT, null, line, column, fields, List.of());
    }

    static LocatedJson array(List<LocatedJson> items, long line, long column) {
        return new LocatedJson(Type.ARRAY, null, line, column, Map.of(), items);
    }

    LocatedJson field(String name) {
        return fields.get(name);
    }

    boolean isNull() {
        return type == Type.NULL;
    }

    /** How a value is named in a message: strings quoted, long ones shortened. */
    String shown() {
        return switch (type) {
            case STRING -> '"' + shorten(text) + '"';
            case INTEGER, DECIMAL, BOOLEAN -> shorten(text);
            default -> type.description;
        };
    }

    private static String shorten(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
