package dev.quarterdeck.core.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that leaves the machine in a diagnostics archive: values of settings whose names
 * speak of secrets, bearer and basic credentials, key=value pairs such as {@code password=…} or
 * {@code access_token=…} (URLs, JDBC parameters, form bodies), passwords in URLs, and long opaque tokens of the
 * shapes Google, GitHub and Jira use. Over-redacting is fine here; missing one is not. Thread-safe.
 */
public final class Redaction {

    public static final String MASK = "***redacted***";

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|token|apikey|api_key|api-key|credential|authorization|cookie|private|"
                    + "refresh|client_secret|session).*");
    private static final List<Pattern> PATTERNS = List.of(
            // Authorization: Bearer abc / Basic abc
            Pattern.compile("(?i)\\b(bearer|basic|token)\\s+[A-Za-z0-9._~+/=-]{8,}"),
            // key=value and "key": "value" with a secret-sounding key
            Pattern.compile("(?i)([\"']?[A-Za-z_.-]*(?:password|passwd|secret|token|apikey|api_key|credential|"
                    + "code_verifier)[\"']?\\s*[=:]\\s*[\"']?)([^\\s\"'&;,}]+)"),
            // scheme://user:password@host
            Pattern.compile("(?i)(://[^/\\s:@]+:)([^@\\s/]+)(@)"),
            // well-known token shapes: GitHub, Google OAuth, Atlassian, JWT
            Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|ya29\\.[A-Za-z0-9._-]{10,}|"
                    + "1//[A-Za-z0-9._-]{10,}|4/0A[A-Za-z0-9_-]{10,}|ATATT[A-Za-z0-9._=-]{10,}|eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9._-]{8,})"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private Redaction() {
    }

    /** {@code text} with every secret it recognises replaced by {@value #MASK}. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = replace(PATTERNS.get(0), text, m -> m.group(1) + " " + MASK);
        result = replace(PATTERNS.get(1), result, m -> m.group(1) + MASK);
        result = replace(PATTERNS.get(2), result, m -> m.group(1) + MASK + m.group(3));
        return replace(PATTERNS.get(3), result, m -> MASK);
    }

    /**
     * A JSON document (such as settings.json) with the values of secret-sounding fields masked and every other
     * string passed through {@link #text}. Text that is not JSON is redacted as text.
     */
    public static String json(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null) {
                return text(json);
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(redact(root, null));
        } catch (java.io.IOException notJson) {
            return text(json);
        }
    }

    private static JsonNode redact(JsonNode node, String name) {
        if (name != null && SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches() && !node.isContainerNode()
                && !node.isNull()) {
            return TextNode.valueOf(MASK);
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                copy.set(field.getKey(), redact(field.getValue(), field.getKey()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(redact(item, name)));
            return copy;
        }
        return node.isTextual() ? TextNode.valueOf(text(node.asText())) : node;
    }

    private interface Replacement {
        String apply(Matcher match);
    }

    private static String replace(Pattern pattern, String text, Replacement replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
