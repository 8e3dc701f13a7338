package dev.quarterdeck.core.ai;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quarterdeck.core.common.Require;
import java.util.List;

/**
 * A model's answer that is JSON and follows the requested schema: the value read from it, the JSON itself, and the
 * chat result (model, tokens, time) for the agent-run log. The only way to make one from a model's text is
 * {@link #accept}, which rejects anything else.
 */
public record StructuredAnswer<T>(T value, JsonNode json, ChatResult result) {

    /**
     * Properties the schema allows but the type does not name are ignored; a missing primitive is an error rather
     * than a silent 0; dates and times read as {@code java.time}.
     */
    private static final ObjectMapper READER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public StructuredAnswer {
        Require.present(value, "value");
        Require.present(json, "json");
        Require.present(result, "result");
    }

    /**
     * Reads the model's text as JSON and checks it against the schema.
     *
     * @throws ModelAnswerRejected if the text is not one JSON value or breaks the schema
     */
    public static StructuredAnswer<JsonNode> accept(ChatResult result, JsonSchema schema) throws ModelAnswerRejected {
        String text = result.text().strip();
        if (text.isEmpty()) {
            throw new ModelAnswerRejected("the answer is empty", List.of(), result.text(), result);
        }
        JsonNode json;
        try {
            json = READER.readTree(text);
        } catch (JacksonException e) {
            throw new ModelAnswerRejected("the answer is not valid JSON (" + e.getOriginalMessage() + ")", List.of(),
                    result.text(), result);
        }
        List<String> violations = schema.violations(json);
        if (!violations.isEmpty()) {
            throw new ModelAnswerRejected("the answer does not follow the schema", violations, result.text(), result);
        }
        return new StructuredAnswer<>(json, json, result);
    }

    /**
     * The same answer read into {@code type} (usually a record whose components mirror the schema).
     *
     * @throws ModelAnswerRejected if the JSON does not fit the type, or the type's own checks refuse it
     */
    public <U> StructuredAnswer<U> as(Class<U> type) throws ModelAnswerRejected {
        try {
            U converted = READER.treeToValue(json, type);
            if (converted == null) {
                throw new ModelAnswerRejected("the answer is null, not a " + type.getSimpleName(), List.of(),
                        json.toString(), result);
            }
            return new StructuredAnswer<>(converted, json, result);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ModelAnswerRejected("the answer does not fit " + type.getSimpleName() + " (" + reason(e) + ")",
                    List.of(), json.toString(), result);
        }
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof JacksonException jackson) {
            return jackson.getOriginalMessage();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
