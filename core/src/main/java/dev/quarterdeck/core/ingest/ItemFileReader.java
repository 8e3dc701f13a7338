package dev.quarterdeck.core.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.TaskStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads work items from a JSON or CSV file in the documented format ({@code docs/source-items.md}, schema
 * {@code docs/source-items.schema.json}). All or nothing: any problem — with its line and reason — refuses the
 * whole file. Items whose {@code status} is {@code done} or {@code cancelled} become closed items.
 */
public final class ItemFileReader {

    /** The fields of one item, as JSON names them; CSV headers use the same names with sender split in two. */
    static final Set<String> JSON_FIELDS = Set.of("kind", "ref", "title", "body", "sender", "created", "due",
            "thread", "references", "url", "start", "end", "project", "status");
    static final List<String> CSV_HEADERS = List.of("kind", "ref", "title", "body", "sender_address", "sender_name",
            "created", "due", "thread", "references", "url", "start", "end", "project", "status");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemFileReader() {
    }

    /** What a file holds. */
    public record Contents(List<SourceItem> items, List<ClosedItem> closed) {

        public IngestBatch batch() {
            return new IngestBatch(items, closed);
        }
    }

    /** Reads {@code text}; {@code name} (a file name) decides CSV or JSON by its extension, else the content. */
    public static Contents read(String name, String text, Instant seenAt) throws ItemFileException {
        String stripped = text.startsWith("\uFEFF") ? text.substring(1) : text;
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json")
                || (!name.toLowerCase(Locale.ROOT).endsWith(".csv") && looksLikeJson(stripped));
        Collector collector = new Collector(seenAt);
        if (json) {
            readJson(stripped, collector);
        } else {
            readCsv(stripped, collector);
        }
        if (!collector.problems.isEmpty()) {
            throw new ItemFileException(name, collector.problems);
        }
        if (collector.items.isEmpty() && collector.closed.isEmpty()) {
            throw new ItemFileException(name, List.of(new ItemFileProblem(1, "the file holds no items")));
        }
        return new Contents(List.copyOf(collector.items.values()), collector.closed);
    }

    private static boolean looksLikeJson(String text) {
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("{");
    }

    // ---- JSON: an array of items, or {"items": [...]}

    private static void readJson(String text, Collector out) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            parser.setCodec(JSON);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                if (parser.nextToken() != JsonToken.FIELD_NAME || !"items".equals(parser.currentName())
                        || parser.nextToken() != JsonToken.START_ARRAY) {
                    out.problem(line(parser), "expected {\"items\": [ … ]} or a JSON array of items");
                    return;
                }
            } else if (first != JsonToken.START_ARRAY) {
                out.problem(line(parser), "expected a JSON array of items or {\"items\": [ … ]}");
                return;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                long line = line(parser);
                if (token != JsonToken.START_OBJECT) {
                    out.problem(line, "an item must be a JSON object");
                    parser.skipChildren();
                    continue;
                }
                JsonNode node = parser.readValueAsTree();
                out.add(line, fromJson(node, line, out));
                if (out.full()) {
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            out.problem(e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            out.problem(1, "could not read the file: " + e.getMessage());
        }
    }

    private static long line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static Fields fromJson(JsonNode node, long line, Collector out) {
        Map<String, String> values = new HashMap<>();
        List<String> references = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!JSON_FIELDS.contains(name)) {
                out.problem(line, "unknown field \"" + name + "\"");
            } else if (value.isNull()) {
                continue;
            } else if (name.equals("sender")) {
                if (!value.isObject()) {
                    out.problem(line, "sender must be an object {\"address\": …, \"name\": …}");
                } else {
                    textOf(value.get("address"), "sender.address", line, out, values, "sender_address");
                    textOf(value.get("name"), "sender.name", line, out, values, "sender_name");
                }
            } else if (name.equals("references")) {
                if (!value.isArray()) {
                    out.problem(line, "references must be an array of refs");
                } else {
                    for (JsonNode ref : value) {
                        if (ref.isTextual()) {
                            references.add(ref.asText());
                        } else {
                            out.problem(line, "references must hold text refs");
                        }
                    }
                }
            } else {
                textOf(value, name, line, out, values, name);
            }
        }
        return new Fields(values, references);
    }

    private static void textOf(JsonNode value, String label, long line, Collector out, Map<String, String> values,
            String key) {
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isTextual()) {
            out.problem(line, label + " must be text");
            return;
        }
        values.put(key, value.asText());
    }

    // ---- CSV: a header row with the documented names, then one item per row

    private static void readCsv(String text, Collector out) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = parser.getHeaderNames();
            for (int i = 0; i < headers.size(); i++) {
                if (!CSV_HEADERS.contains(headers.get(i))) {
                    out.problem(1, "unknown column \"" + headers.get(i) + "\" (expected some of "
                            + String.join(", ", CSV_HEADERS) + ")");
                }
            }
            if (!out.problems.isEmpty()) {
                return;
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != headers.size()) {
                    out.problem(line, "has " + record.size() + " values, the header has " + headers.size());
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                List<String> references = new ArrayList<>();
                for (String header : headers) {
                    String value = record.get(header);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (header.equals("references")) {
                        for (String ref : value.split("[\\s;]+")) {
                            if (!ref.isEmpty()) {
                                references.add(ref);
                            }
                        }
                    } else {
                        values.put(header, value);
                    }
                }
                out.add(line, new Fields(values, references));
                if (out.full()) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            out.problem(1, "not valid CSV: " + e.getMessage());
        }
    }

    // ---- one item, whatever the format

    private record Fields(Map<String, String> values, List<String> references) {
    }

    private static final class Collector {

        private final Instant seenAt;
        private final Map<ItemKey, SourceItem> items = new LinkedHashMap<>();
        private final Map<ItemKey, Long> lines = new HashMap<>();
        private final List<ClosedItem> closed = new ArrayList<>();
        private final List<ItemFileProblem> problems = new ArrayList<>();

        Collector(Instant seenAt) {
            this.seenAt = seenAt;
        }

        boolean full() {
            return problems.size() >= ItemFileException.MAX_PROBLEMS;
        }

        void problem(long line, String reason) {
            if (!full()) {
                problems.add(new ItemFileProblem(line, reason));
            }
        }

        void add(long line, Fields fields) {
            int before = problems.size();
            Map<String, String> v = fields.values();
            SourceKind kind = kind(v.get("kind"), line);
            String ref = required(v, "ref", line);
            String title = required(v, "title", line);
            Instant created = instant(v.get("created"), "created", line);
            if (v.get("created") == null) {
                problem(line, "created is required (an ISO 8601 time such as 2026-11-20T09:30:00Z)");
            }
            LocalDate due = date(v.get("due"), line);
            URI url = url(v.get("url"), line);
            Instant start = instant(v.get("start"), "start", line);
            Instant end = instant(v.get("end"), "end", line);
            TaskStatus status = status(v.get("status"), line);
            if (problems.size() > before || kind == null) {
                return;
            }
            ItemKey key = new ItemKey(kind, ref.strip());
            Long earlier = lines.put(key, line);
            if (earlier != null) {
                problem(line, "ref \"" + ref + "\" of kind " + kind.name().toLowerCase(Locale.ROOT)
                        + " appears again (first on line " + earlier + ")");
                return;
            }
            if (status != TaskStatus.TODO) {
                closed.add(new ClosedItem(key, status));
                return;
            }
            try {
                items.put(key, new SourceItem(
                        UUID.nameUUIDFromBytes(("ITEMFILE:" + kind + ":" + ref).getBytes(StandardCharsets.UTF_8)),
                        kind, ref, title, v.getOrDefault("body", ""), v.get("sender_address"), v.get("sender_name"),
                        created, due, v.get("thread"), fields.references(), url, start, end, v.get("project"), null,
                        seenAt));
            } catch (IllegalArgumentException e) {
                problem(line, e.getMessage());
            }
        }

        private String required(Map<String, String> values, String name, long line) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                problem(line, name + " is required");
                return null;
            }
            return value;
        }

        private SourceKind kind(String text, long line) {
            if (text == null) {
                return SourceKind.FILE;
            }
            try {
                SourceKind kind = SourceKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
                if (kind != SourceKind.MANUAL && kind != SourceKind.AGENT) {
                    return kind;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problem(line, "kind \"" + text + "\" is not one of gmail, calendar, drive, github, jira, file");
            return null;
        }

        private Instant instant(String text, String name, long line) {
            if (text == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e) {
                problem(line, name + " \"" + text + "\" is not an ISO 8601 time with offset "
                        + "(e.g. 2026-11-20T09:30:00Z)");
                return null;
            }
        }

        private LocalDate date(String text, long line) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                problem(line, "due \"" + text + "\" is not a date (YYYY-MM-DD)");
                return null;
            }
        }

        private URI url(String text, long line) {
            if (text == null) {
                return null;
            }
            try {
                URI uri = new URI(text.strip());
                if (uri.getScheme() == null || !Set.of("http", "https", "mailto", "file")
                        .contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
                    problem(line, "url \"" + text + "\" must be an http(s), mailto or file link");
                    return null;
                }
                if (text.length() > 8_000) {
                    problem(line, "url is longer than 8,000 characters");
                    return null;
                }
                return uri;
            } catch (URISyntaxException e) {
                problem(line, "url \"" + text + "\" is not a valid link: " + e.getReason());
                return null;
            }
        }

        private TaskStatus status(String text, long line) {
            if (text == null) {
                return TaskStatus.TODO;
            }
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "open":
                    return TaskStatus.TODO;
                case "done":
                    return TaskStatus.DONE;
                case "cancelled":
                case "canceled":
                    return TaskStatus.CANCELLED;
                default:
                    problem(line, "status \"" + text + "\" is not one of open, done, cancelled");
                    return TaskStatus.TODO;
            }
        }
    }
}
