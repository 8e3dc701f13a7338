package dev.quarterdeck.core.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.ModelAnswerRejected;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model-backed agents share: how they ask (temperature 0, a fixed seed, a context window large enough for
 * the prompt), how a model's confidence is trusted, how they fall back to rules, and small helpers for reading a
 * schema-checked answer.
 */
final class ModelAnswers {

    static final ChatOptions OPTIONS = ChatOptions.DEFAULT.withTemperature(0).withSeed(7).withContextTokens(8192);
    /** A model's own confidence is not calibrated: it never outranks the rules' surest proposals. */
    static final double MAX_CONFIDENCE = 0.9;
    static final double MIN_CONFIDENCE = 0.05;
    static final ObjectMapper JSON = new ObjectMapper();

    private ModelAnswers() {
    }

    /** The run when the model gave nothing usable: the rules' proposals, and why the model's were not used. */
    static AgentOutput fallback(List<Proposal> rules, AgentModel model, LanguageModelException failure) {
        if (failure instanceof ModelAnswerRejected rejected) {
            ChatResult result = rejected.result().orElse(null);
            return new AgentOutput(rules, result == null ? model.name() : result.model(),
                    result == null ? 0 : result.totalTokens(), "answer rejected, rules used", rejected.getMessage());
        }
        return new AgentOutput(rules, AgentRunner.RULES, 0, note(failure), error(failure));
    }

    /** Why rules answered instead of the model, for the run's outcome; null when AI is simply off. */
    static String note(LanguageModelException failure) {
        return switch (failure.kind()) {
            case OFF -> null;
            case ANSWER_REJECTED -> "answer rejected, rules used";
            case UNREACHABLE -> "model unreachable, rules used";
            case MODEL_MISSING -> "model not installed, rules used";
            case TIMED_OUT -> "model timed out, rules used";
            case CANCELLED -> "model cancelled, rules used";
            default -> "model failed, rules used";
        };
    }

    /** The model's failure for the run's error column; none when AI is off (that is a choice, not an error). */
    static String error(LanguageModelException failure) {
        return failure.kind() == LanguageModelException.Kind.OFF ? null : failure.getMessage();
    }

    /** Every part of the answer was refused: the rules' proposals, with each reason. */
    static AgentOutput allRefused(List<Proposal> rules, ChatResult result, List<String> refusals) {
        return new AgentOutput(rules, result.model(), result.totalTokens(), "answer rejected, rules used",
                "Every part of the model's answer was refused: " + String.join("; ", refusals));
    }

    static double confidence(double fromModel) {
        return Math.max(MIN_CONFIDENCE, Math.min(MAX_CONFIDENCE, fromModel));
    }

    /** The sentence every model-made rationale ends with, so the Inbox says what produced it. */
    static String byline(String model) {
        return " Proposed by the language model " + model + " (its confidence, capped at " + MAX_CONFIDENCE + ").";
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A required text that must say something (the schema's minLength counts spaces too). */
    static String requiredText(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            throw new IllegalArgumentException(field + " is blank");
        }
        return text;
    }

    static List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        node.path(field).forEach(value -> {
            String text = value.asText().strip();
            if (!text.isEmpty() && !texts.contains(text)) {
                texts.add(text);
            }
        });
        return texts;
    }
}
