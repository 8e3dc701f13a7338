package dev.quarterdeck.app.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a well-behaved model would answer, built from the request Quarterdeck sent to the fake Ollama server: the
 * facts a briefing prompt gave, and a briefing that cites them.
 */
public final class ModelAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fact from a briefing prompt: its ID, section heading and text. */
    public record Fact(String id, String heading, String text) {
    }

    private ModelAnswers() {
    }

    /** The facts the last briefing request to {@code /api/chat} gave the model. */
    public static List<Fact> facts(JsonNode chatRequest) {
        JsonNode messages = chatRequest.path("messages");
        JsonNode input = read(messages.get(messages.size() - 1).path("content").asText());
        List<Fact> facts = new ArrayList<>();
        for (JsonNode section : input.path("sections")) {
            for (JsonNode fact : section.path("facts")) {
                facts.add(new Fact(fact.path("id").asText(), section.path("heading").asText(),
                        fact.path("text").asText()));
            }
        }
        return facts;
    }

    /**
     * A briefing that keeps to the facts: a summary citing the first fact, and in every section with facts one line
     * per fact (at most three), each repeating its fact's text after {@code prefix} and citing it.
     */
    public static String briefing(List<Fact> facts, String prefix) {
        ObjectNode answer = JSON.createObjectNode();
        if (!facts.isEmpty()) {
            ObjectNode summary = answer.putObject("summary").put("text", "A busy day: start with the first meeting.");
            summary.putArray("refs").add(facts.get(0).id());
        }
        ArrayNode sections = answer.putArray("sections");
        facts.stream().map(Fact::heading).distinct().forEach(heading -> {
            ObjectNode section = sections.addObject().put("heading", heading);
            ArrayNode lines = section.putArray("lines");
            facts.stream().filter(f -> f.heading().equals(heading)).limit(3).forEach(f -> {
                ObjectNode line = lines.addObject().put("text", prefix + f.text());
                line.putArray("refs").add(f.id());
            });
        });
        return answer.toString();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
