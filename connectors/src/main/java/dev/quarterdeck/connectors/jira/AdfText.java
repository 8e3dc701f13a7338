package dev.quarterdeck.connectors.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Plain text of an Atlassian Document Format tree (Jira Cloud's v3 rich text): the text of every text node, mentions
 * and statuses by their label, emoji by their character, links by their URL, list items, table cells and blocks
 * separated so words never run together. Media and unknown nodes contribute only their children's text.
 */
final class AdfText {

    private AdfText() {
    }

    static String of(JsonNode document) {
        if (document == null || document.isNull()) {
            return "";
        }
        if (document.isTextual()) {
            // Some fields (and API v2) carry plain strings instead of ADF.
            return document.asText();
        }
        StringBuilder text = new StringBuilder();
        append(document, text);
        return text.toString().strip();
    }

    private static void append(JsonNode node, StringBuilder text) {
        String type = node.path("type").asText("");
        JsonNode attrs = node.path("attrs");
        switch (type) {
            case "text" -> text.append(node.path("text").asText(""));
            case "hardBreak" -> text.append('\n');
            case "mention" -> text.append(attrs.path("text").asText(""));
            case "emoji" -> text.append(attrs.hasNonNull("text") ? attrs.get("text").asText()
                    : attrs.path("shortName").asText(""));
            case "inlineCard", "blockCard", "embedCard" -> text.append(attrs.path("url").asText("")).append(' ');
            case "status" -> text.append('[').append(attrs.path("text").asText("")).append(']');
            case "date" -> text.append(date(attrs.path("timestamp").asText("")));
            case "rule" -> text.append('\n');
            case "listItem", "taskItem", "decisionItem" -> {
                text.append("- ");
                children(node, text);
                ensureNewline(text);
            }
            case "tableCell", "tableHeader" -> {
                children(node, text);
                text.append(" | ");
            }
            case "expand", "nestedExpand" -> {
                if (attrs.hasNonNull("title")) {
                    text.append(attrs.get("title").asText()).append('\n');
                }
                children(node, text);
            }
            default -> {
                children(node, text);
                if (isBlock(type)) {
                    ensureNewline(text);
                }
            }
        }
    }

    private static void children(JsonNode node, StringBuilder text) {
        JsonNode content = node.get("content");
        if (content != null && content.isArray()) {
            content.forEach(child -> append(child, text));
        }
    }

    private static boolean isBlock(String type) {
        return switch (type) {
            case "paragraph", "heading", "blockquote", "codeBlock", "panel", "tableRow", "bulletList",
                    "orderedList", "taskList", "decisionList", "mediaSingle", "mediaGroup" -> true;
            default -> false;
        };
    }

    private static void ensureNewline(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    /** ADF dates are epoch milliseconds as text; shown as the UTC day. */
    private static String date(String epochMillis) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(epochMillis)).toString().substring(0, 10);
        } catch (NumberFormatException e) {
            return epochMillis;
        }
    }
}
