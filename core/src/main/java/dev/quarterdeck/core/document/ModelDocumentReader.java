package dev.quarterdeck.core.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.SchemaNodes;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.ModelAnswerRejected;
import dev.quarterdeck.core.ai.StructuredAnswer;
import dev.quarterdeck.core.document.DocumentFindings.ActionItem;
import dev.quarterdeck.core.document.DocumentFindings.KeyDate;
import dev.quarterdeck.core.document.DocumentFindings.RiskItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a document with a language model: a summary, the dates it names, its action items and its risks, as JSON
 * against a schema. The model sees the first {@value #TEXT_LIMIT} characters.
 *
 * <p>Nothing the model says is taken on trust. The schema bounds every length, the number of entries and the 1–5
 * ratings; then each entry is checked: a date must be a real ISO date within five years before and ten years after
 * the reference, and its {@code quote} must occur in the document (compared without case, spacing or punctuation),
 * so an entry the model made up is refused. Refused entries are listed in the findings with their reason; a blank
 * summary, or an answer that is not JSON or breaks the schema, rejects the whole answer.
 */
public final class ModelDocumentReader {

    static final int TEXT_LIMIT = 12_000;
    private static final ChatOptions OPTIONS = ChatOptions.DEFAULT.withTemperature(0).withSeed(7)
            .withContextTokens(8192);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSTRUCTIONS = """
            You read a document attached to a project and report, as JSON only: a summary of at most five sentences;
            the dates it names (ISO yyyy-mm-dd, with what happens then); its action items (what is to be done, the
            person responsible if named, the due date if given); and the risks it raises (a short title, a
            description, likelihood and impact from 1 to 5). For every date, action and risk copy the exact sentence
            of the document it comes from into "quote". Resolve relative dates ("next Friday") against the reference
            date given. Report only what the document says.""";

    private ModelDocumentReader() {
    }

    /**
     * @throws ModelAnswerRejected    if the answer is not JSON, breaks the schema or has no summary
     * @throws LanguageModelException if the model is off, unreachable or fails
     */
    public static DocumentFindings read(String title, String text, LocalDate reference, Instant now,
            LanguageModel model) throws LanguageModelException {
        String shown = text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
        ObjectNode input = JSON.createObjectNode().put("title", title).put("referenceDate", reference.toString())
                .put("text", shown);
        if (shown.length() < text.length()) {
            input.put("note", "only the first " + TEXT_LIMIT + " characters of " + text.length() + " are shown");
        }
        StructuredAnswer<JsonNode> answer = model.structured(
                List.of(ChatMessage.system(INSTRUCTIONS), ChatMessage.user(input.toPrettyString())), schema(), OPTIONS);
        JsonNode json = answer.json();
        ChatResult result = answer.result();
        String summary = json.get("summary").asText().strip();
        if (summary.isEmpty()) {
            throw new ModelAnswerRejected("the summary is blank", List.of(), json.toString(), result);
        }
        String haystack = normalise(text);
        List<String> refused = new ArrayList<>();
        List<KeyDate> dates = new ArrayList<>();
        List<ActionItem> actions = new ArrayList<>();
        List<RiskItem> risks = new ArrayList<>();
        read(json.get("dates"), "dates", refused, entry -> {
            quoted(entry, haystack);
            dates.add(new KeyDate(date(entry.get("date").asText(), reference), entry.get("what").asText(),
                    entry.get("quote").asText()));
        });
        read(json.get("actions"), "actions", refused, entry -> {
            quoted(entry, haystack);
            JsonNode due = entry.get("due");
            JsonNode owner = entry.get("owner");
            actions.add(new ActionItem(entry.get("text").asText(), owner.isNull() ? null : owner.asText(),
                    due.isNull() ? null : date(due.asText(), reference), entry.get("quote").asText()));
        });
        read(json.get("risks"), "risks", refused, entry -> {
            quoted(entry, haystack);
            risks.add(new RiskItem(entry.get("title").asText(), entry.get("description").asText(),
                    entry.get("likelihood").asInt(), entry.get("impact").asInt(), entry.get("quote").asText()));
        });
        return new DocumentFindings(summary, result.model(), now, result.totalTokens(), dates, actions, risks,
                refused);
    }

    @FunctionalInterface
    private interface EntryReader {
        void accept(JsonNode entry);
    }

    private static void read(JsonNode entries, String name, List<String> refused, EntryReader reader) {
        for (int i = 0; i < entries.size(); i++) {
            try {
                reader.accept(entries.get(i));
            } catch (IllegalArgumentException e) {
                refused.add(name + "[" + i + "]: " + e.getMessage());
            }
        }
    }

    private static void quoted(JsonNode entry, String haystack) {
        String quote = normalise(entry.get("quote").asText());
        if (quote.isEmpty() || !haystack.contains(quote)) {
            throw new IllegalArgumentException("its quote is not in the document");
        }
    }

    private static LocalDate date(String text, LocalDate reference) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a yyyy-mm-dd date");
        }
        if (date.isBefore(reference.minusYears(5)) || date.isAfter(reference.plusYears(10))) {
            throw new IllegalArgumentException(date + " is too far from " + reference);
        }
        return date;
    }

    /** Lower case, letters and digits only, single spaces: a quote survives re-wrapping and curly quotes. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static JsonSchema schema() {
        ObjectNode date = SchemaNodes.properties();
        date.set("date", SchemaNodes.string(10, 10));
        date.set("what", SchemaNodes.string(1, 300));
        date.set("quote", SchemaNodes.string(1, 1000));
        ObjectNode action = SchemaNodes.properties();
        action.set("text", SchemaNodes.string(1, 500));
        action.set("owner", SchemaNodes.nullable(SchemaNodes.string(1, 120)));
        action.set("due", SchemaNodes.nullable(SchemaNodes.string(10, 10)));
        action.set("quote", SchemaNodes.string(1, 1000));
        ObjectNode risk = SchemaNodes.properties();
        risk.set("title", SchemaNodes.string(1, 200));
        risk.set("description", SchemaNodes.string(1, 2000));
        risk.set("likelihood", SchemaNodes.integer(1, 5));
        risk.set("impact", SchemaNodes.integer(1, 5));
        risk.set("quote", SchemaNodes.string(1, 1000));
        ObjectNode root = SchemaNodes.properties();
        root.set("summary", SchemaNodes.string(1, 2000));
        root.set("dates", SchemaNodes.arrayOf(SchemaNodes.object(date), 0, 30));
        root.set("actions", SchemaNodes.arrayOf(SchemaNodes.object(action), 0, 30));
        root.set("risks", SchemaNodes.arrayOf(SchemaNodes.object(risk), 0, 15));
        return JsonSchema.of(SchemaNodes.object(root));
    }
}
