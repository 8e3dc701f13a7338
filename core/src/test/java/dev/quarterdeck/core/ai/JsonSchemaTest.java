package dev.quarterdeck.core.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shape the risk agent asks for: a list of risks with a bounded score and a closed set of categories. */
    private static final JsonSchema RISKS = JsonSchema.parse("""
            {
              "type": "object",
              "properties": {
                "risks": {
                  "type": "array",
                  "minItems": 1,
                  "maxItems": 3,
                  "items": {
                    "type": "object",
                    "properties": {
                      "title": {"type": "string", "minLength": 3, "maxLength": 20},
                      "category": {"type": "string", "enum": ["schedule", "budget", "people"]},
                      "likelihood": {"type": "integer", "minimum": 1, "maximum": 5},
                      "owner": {"type": ["string", "null"]}
                    },
                    "required": ["title", "category", "likelihood"],
                    "additionalProperties": false
                  }
                },
                "confidence": {"type": "number", "minimum": 0, "maximum": 1, "description": "0 to 1"}
              },
              "required": ["risks", "confidence"]
            }
            """);

    @Test
    void aConformingValueHasNoViolations() {
        JsonNode value = json("""
                {"risks": [{"title": "Vendor late", "category": "schedule", "likelihood": 4, "owner": null},
                           {"title": "Overspend", "category": "budget", "likelihood": 2.0, "owner": "Ana"}],
                 "confidence": 0.7, "note": "extra properties are allowed where the schema does not forbid them"}
                """);

        assertThat(RISKS.violations(value)).isEmpty();
    }

    @Test
    void reportsEachViolationWithItsPath() {
        JsonNode value = json("""
                {"risks": [{"title": "No", "category": "weather", "likelihood": 7, "owner": 3, "extra": true},
                           {"category": "people", "likelihood": 1.5}],
                 "confidence": -0.1}
                """);

        assertThat(RISKS.violations(value)).containsExactly(
                "$.risks[0].title: length 2 is below the minLength 3",
                "$.risks[0].category: \"weather\" is not one of [\"schedule\",\"budget\",\"people\"]",
                "$.risks[0].likelihood: 7 is above the maximum 5",
                "$.risks[0].owner: expected string or null, got the number 3",
                "$.risks[0]: property 'extra' is not allowed",
                "$.risks[1]: required property 'title' is missing",
                "$.risks[1].likelihood: expected integer, got the number 1.5",
                "$.confidence: -0.1 is below the minimum 0");
    }

    @Test
    void aValueOfTheWrongTypeIsReportedOnceAndNotLookedInto() {
        assertThat(RISKS.violations(json("[1, 2]"))).containsExactly("$: expected object, got an array");
        assertThat(RISKS.violations(json("{\"risks\": \"none\"}"))).containsExactly(
                "$: required property 'confidence' is missing",
                "$.risks: expected array, got the string \"none\"");
    }

    @Test
    void checksArrayCountsAndStringLengthInCodePoints() {
        assertThat(RISKS.violations(json("{\"risks\": [], \"confidence\": 1}")))
                .containsExactly("$.risks: item count 0 is below the minItems 1");
        String four = "{\"title\": \"abc\", \"category\": \"budget\", \"likelihood\": 1}";
        assertThat(RISKS.violations(json("{\"risks\": [" + String.join(",", four, four, four, four)
                + "], \"confidence\": 1}")))
                .containsExactly("$.risks: item count 4 is above the maxItems 3");
        // Three emoji are three characters for the user even though Java needs six chars for them.
        JsonSchema shortText = JsonSchema.parse("{\"type\": \"string\", \"maxLength\": 3}");
        assertThat(shortText.violations(json("\"\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\""))).isEmpty();
    }

    @Test
    void enumComparesNumbersByValue() {
        JsonSchema scores = JsonSchema.parse("{\"enum\": [1, 2, \"three\"]}");

        assertThat(scores.violations(json("2.0"))).isEmpty();
        assertThat(scores.violations(json("\"three\""))).isEmpty();
        assertThat(scores.violations(json("3"))).containsExactly("$: 3 is not one of [1,2,\"three\"]");
    }

    @Test
    void propertyNamesThatAreNotIdentifiersAreQuotedInPaths() {
        JsonSchema schema = JsonSchema.parse("{\"properties\": {\"due date\": {\"type\": \"string\"}}}");

        assertThat(schema.violations(json("{\"due date\": 5}")))
                .containsExactly("$['due date']: expected string, got the number 5");
    }

    @Test
    void stopsAfterTwentyViolations() {
        JsonSchema numbers = JsonSchema.parse("{\"type\": \"array\", \"items\": {\"type\": \"integer\"}}");

        assertThat(numbers.violations(json("[" + "\"x\",".repeat(30) + "\"x\"]"))).hasSize(20);
    }

    @Test
    void refusesKeywordsItDoesNotCheck() {
        assertThatThrownBy(() -> JsonSchema.parse("{\"type\": \"string\", \"pattern\": \"^P-\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported JSON schema at #/pattern: the keyword 'pattern' is not supported");
        assertThatThrownBy(() -> JsonSchema.parse(
                "{\"properties\": {\"a\": {\"$ref\": \"#/$defs/a\"}}}"))
                .hasMessageContaining("#/properties/a/$ref");
        assertThatThrownBy(() -> JsonSchema.parse("{\"additionalProperties\": {\"type\": \"string\"}}"))
                .hasMessageContaining("only true or false");
        assertThatThrownBy(() -> JsonSchema.parse("{\"type\": \"date\"}")).hasMessageContaining("type must be");
        assertThatThrownBy(() -> JsonSchema.parse("{\"maxLength\": -1}")).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> JsonSchema.parse("{\"enum\": []}")).hasMessageContaining("non-empty");
        assertThatThrownBy(() -> JsonSchema.parse("{\"required\": \"title\"}")).hasMessageContaining("list");
        assertThatThrownBy(() -> JsonSchema.parse("{\"type\": ")).hasMessageStartingWith("the schema is not JSON");
    }

    @Test
    void isImmutable() {
        JsonNode source = json("{\"type\": \"string\"}");
        JsonSchema schema = JsonSchema.of(source);

        ((com.fasterxml.jackson.databind.node.ObjectNode) source).put("type", "integer");
        ((com.fasterxml.jackson.databind.node.ObjectNode) schema.toJson()).put("type", "integer");

        assertThat(schema.violations(json("\"text\""))).isEmpty();
        assertThat(schema).isEqualTo(JsonSchema.parse("{\"type\": \"string\"}"));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
