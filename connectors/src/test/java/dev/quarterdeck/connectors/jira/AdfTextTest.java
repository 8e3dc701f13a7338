package dev.quarterdeck.connectors.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AdfTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String text(String adf) throws Exception {
        return AdfText.of(JSON.readTree(adf));
    }

    @Test
    void keepsTextOfHeadingsParagraphsCodeAndInlineNodes() throws Exception {
        String adf = """
                {"type":"doc","version":1,"content":[
                  {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Plan"}]},
                  {"type":"paragraph","content":[
                    {"type":"text","text":"Ship by ","marks":[{"type":"strong"}]},
                    {"type":"date","attrs":{"timestamp":"1795132800000"}},
                    {"type":"text","text":" "},
                    {"type":"status","attrs":{"text":"AT RISK","color":"red"}},
                    {"type":"text","text":" "},
                    {"type":"emoji","attrs":{"shortName":":warning:","text":"⚠️"}},
                    {"type":"emoji","attrs":{"shortName":":party:"}}]},
                  {"type":"codeBlock","attrs":{"language":"sh"},"content":[{"type":"text","text":"make release"}]},
                  {"type":"rule"},
                  {"type":"mediaSingle","content":[{"type":"media","attrs":{"id":"x","type":"file"}}]},
                  {"type":"paragraph","content":[{"type":"text","text":"End."}]}]}
                """;

        assertThat(text(adf)).isEqualTo("Plan\nShip by 2026-11-20 [AT RISK] ⚠️:party:\nmake release\n\nEnd.");
    }

    @Test
    void separatesListItemsAndTableCells() throws Exception {
        String adf = """
                {"type":"doc","version":1,"content":[
                  {"type":"orderedList","content":[
                    {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"one"}]}]},
                    {"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"two"}]}]}]},
                  {"type":"table","content":[
                    {"type":"tableRow","content":[
                      {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Owner"}]}]},
                      {"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Due"}]}]}]},
                    {"type":"tableRow","content":[
                      {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"Sam"}]}]},
                      {"type":"tableCell","content":[{"type":"paragraph","content":[{"type":"text","text":"Fri"}]}]}]}]}]}
                """;

        assertThat(text(adf).replaceAll("\\s+", " ")).isEqualTo("- one - two Owner | Due | Sam | Fri |");
    }

    @Test
    void nullAndPlainStringDescriptionsAreHandled() throws Exception {
        assertThat(AdfText.of(null)).isEmpty();
        assertThat(text("null")).isEmpty();
        assertThat(text("\"plain v2 text\"")).isEqualTo("plain v2 text");
    }
}
