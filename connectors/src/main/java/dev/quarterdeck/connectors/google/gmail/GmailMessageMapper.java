package dev.quarterdeck.connectors.google.gmail;

import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePartHeader;
import dev.quarterdeck.connectors.google.GoogleCalls;
import dev.quarterdeck.connectors.http.Snippets;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Gmail message fetched with {@code format=metadata} into a {@link SourceItem}: ref = the message id, the
 * thread id, Subject as title, Gmail's snippet (HTML entities decoded), the From name and address,
 * {@code internalDate} as created time, the Message-IDs of {@code In-Reply-To} and {@code References} (without angle
 * brackets) as references, and a link that opens the message in Gmail. Spam, trash, drafts and promotions are not
 * work: they map to nothing.
 */
final class GmailMessageMapper {

    static final List<String> HEADERS = List.of("From", "Subject", "Date", "Message-ID", "In-Reply-To",
            "References");
    static final Set<String> IGNORED_LABELS = Set.of("SPAM", "TRASH", "DRAFT", "CATEGORY_PROMOTIONS");
    private static final String SERVICE = "Gmail";
    private static final int SNIPPET_LENGTH = 1_000;
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*(.*?)\\s*<([^<>]+)>\\s*$");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private GmailMessageMapper() {
    }

    static boolean ignored(Message message) {
        List<String> labels = message.getLabelIds();
        return labels != null && labels.stream().anyMatch(IGNORED_LABELS::contains);
    }

    static SourceItem toItem(Message message, Instant seenAt, String what) throws ConnectorException {
        String id = message.getId();
        if (id == null || id.isBlank()) {
            throw GoogleCalls.malformed(SERVICE, "a message without an id", what);
        }
        String subject = header(message, "Subject").map(String::strip).filter(s -> !s.isEmpty())
                .orElse("(no subject)");
        Sender sender = header(message, "From").map(GmailMessageMapper::sender).orElse(new Sender(null, null));
        try {
            return new SourceItem(
                    UUID.nameUUIDFromBytes(("GMAIL:" + id).getBytes(StandardCharsets.UTF_8)),
                    SourceKind.GMAIL,
                    id,
                    Snippets.shorten(subject.replaceAll("\\s+", " "), 500),
                    Snippets.plain(unescapeHtml(message.getSnippet()), SNIPPET_LENGTH),
                    sender.address(),
                    sender.name(),
                    received(message, seenAt),
                    null,
                    message.getThreadId(),
                    references(message),
                    URI.create("https://mail.google.com/mail/u/0/#all/" + id),
                    null,
                    null,
                    null,
                    null,
                    seenAt);
        } catch (IllegalArgumentException e) {
            throw GoogleCalls.malformed(SERVICE, "message " + id + ": " + e.getMessage(), what);
        }
    }

    record Sender(String address, String name) {
    }

    /** {@code "Ann Lee" <ann@example.com>}, {@code Ann Lee <ann@example.com>} or a bare address. */
    static Sender sender(String from) {
        String value = from.strip();
        Matcher m = NAME_AND_ADDRESS.matcher(value);
        if (m.matches()) {
            String name = unquote(m.group(1));
            return new Sender(blankToNull(m.group(2).strip()), blankToNull(name));
        }
        return new Sender(blankToNull(value), null);
    }

    /** Message-IDs this message answers or follows, oldest first as the headers list them, without duplicates. */
    static List<String> references(Message message) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : List.of("References", "In-Reply-To")) {
            header(message, name).ifPresent(value -> {
                Matcher m = MESSAGE_ID.matcher(value);
                while (m.find()) {
                    ids.add(m.group(1));
                }
            });
        }
        header(message, "Message-ID").ifPresent(own -> {
            Matcher m = MESSAGE_ID.matcher(own);
            if (m.find()) {
                ids.remove(m.group(1));
            }
        });
        return new ArrayList<>(ids);
    }

    static Optional<String> header(Message message, String name) {
        if (message.getPayload() == null || message.getPayload().getHeaders() == null) {
            return Optional.empty();
        }
        for (MessagePartHeader header : message.getPayload().getHeaders()) {
            if (header.getName() != null && header.getName().equalsIgnoreCase(name) && header.getValue() != null) {
                return Optional.of(header.getValue());
            }
        }
        return Optional.empty();
    }

    /** Gmail's snippets are HTML-escaped text ("it&#39;s", "&amp;"). */
    static String unescapeHtml(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            int codePoint;
            try {
                codePoint = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException e) {
                codePoint = -1;
            }
            String replacement = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : m.group();
            m.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(decoded);
        return decoded.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static Instant received(Message message, Instant seenAt) {
        if (message.getInternalDate() != null) {
            return Instant.ofEpochMilli(message.getInternalDate());
        }
        return header(message, "Date").flatMap(GmailMessageMapper::parseDate).orElse(seenAt);
    }

    private static Optional<Instant> parseDate(String value) {
        // RFC 5322 dates may end with a comment such as "(UTC)", which the JDK's RFC 1123 parser does not take.
        String cleaned = value.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        try {
            return Optional.of(ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String name) {
        String value = name.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
