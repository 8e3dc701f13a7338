package dev.quarterdeck.connectors.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local Gmail API v1 for one mailbox ({@code userId=me}), answering like gmail.googleapis.com:
 * {@code users.getProfile}, {@code users.messages.list} (the {@code newer_than:Nd} and {@code -category:…}
 * operators, spam and trash left out, newest first, {@code maxResults}/{@code pageToken}, no {@code messages} key
 * when empty), {@code users.messages.get} ({@code format=metadata} with the repeated {@code metadataHeaders}), and
 * {@code users.history.list} (records after {@code startHistoryId}, filtered by the repeated {@code historyTypes},
 * paged; 404 {@code notFound} once that history is no longer kept). Every delivery and deletion is a history record.
 */
public final class FakeGmailServer extends FakeGoogleApi {

    public static final String ADDRESS = "mia@example.com";
    private static final String PREFIX = "/gmail/v1/users/me/";
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Pattern NEWER_THAN = Pattern.compile("newer_than:(\\d+)([dmy])");

    /** One message as Gmail stores it. */
    public static final class Mail {
        final String id;
        String threadId;
        final List<String> labels = new ArrayList<>(List.of("INBOX", "UNREAD", "CATEGORY_PERSONAL"));
        final Map<String, String> headers = new LinkedHashMap<>();
        String snippet = "";
        final Instant internalDate;
        long historyId;

        Mail(String id, Instant internalDate) {
            this.id = id;
            this.threadId = id;
            this.internalDate = internalDate;
        }

        public String id() {
            return id;
        }

        public String messageId() {
            return headers.get("Message-ID").replaceAll("[<>]", "");
        }

        public Mail thread(String thread) {
            threadId = thread;
            return this;
        }

        public Mail snippet(String text) {
            snippet = text;
            return this;
        }

        public Mail labels(String... names) {
            labels.clear();
            labels.addAll(List.of(names));
            return this;
        }

        public Mail header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Makes this a reply to {@code original}: same thread, In-Reply-To and References. */
        public Mail replyTo(Mail original) {
            threadId = original.threadId;
            String references = original.headers.containsKey("References")
                    ? original.headers.get("References") + " " + original.headers.get("Message-ID")
                    : original.headers.get("Message-ID");
            headers.put("In-Reply-To", original.headers.get("Message-ID"));
            headers.put("References", references);
            return this;
        }
    }

    private record HistoryRecord(long id, String type, String messageId, String threadId, List<String> labels) {
    }

    private final Clock clock;
    private final Map<String, Mail> mailbox = new LinkedHashMap<>();
    private final List<HistoryRecord> history = new ArrayList<>();
    private long historyId = 2_000_000;
    private long oldestKept = 0;
    private int nextMessage = 1;

    public FakeGmailServer(FakeGoogleAuthServer auth, Clock clock) {
        super(auth);
        this.clock = clock;
    }

    /** A message arrives (a messageAdded history record). */
    public synchronized Mail deliver(String subject, String from, Instant at) {
        String id = String.format(Locale.ROOT, "18c%013x", 0x5f00000L + nextMessage);
        Mail mail = new Mail(id, at);
        mail.headers.put("From", from);
        mail.headers.put("Subject", subject);
        mail.headers.put("Date", RFC_5322.format(at));
        mail.headers.put("Message-ID", "<CA+msg" + nextMessage + "@mail.example.com>");
        nextMessage++;
        mailbox.put(id, mail);
        mail.historyId = ++historyId;
        history.add(new HistoryRecord(mail.historyId, "messageAdded", id, mail.threadId, List.copyOf(mail.labels)));
        return mail;
    }

    /** The message is deleted for good (a messageDeleted history record). */
    public synchronized void delete(String id) {
        Mail mail = mailbox.remove(id);
        if (mail != null) {
            history.add(new HistoryRecord(++historyId, "messageDeleted", id, mail.threadId, List.of()));
        }
    }

    /** Gmail keeps history for a limited time: every history id up to now becomes too old (404). */
    public synchronized void expireHistory() {
        oldestKept = historyId + 1;
        history.clear();
    }

    public synchronized long currentHistoryId() {
        return historyId;
    }

    @Override
    protected synchronized Answer get(Recorded request) {
        String path = request.path();
        if (!path.startsWith(PREFIX)) {
            return notFound();
        }
        String rest = path.substring(PREFIX.length());
        if (rest.equals("profile")) {
            return Answer.json(200, Map.of("emailAddress", ADDRESS, "messagesTotal", mailbox.size(),
                    "threadsTotal", mailbox.values().stream().map(m -> m.threadId).distinct().count(),
                    "historyId", Long.toString(historyId)), Map.of());
        }
        if (rest.equals("messages")) {
            return list(request);
        }
        if (rest.startsWith("messages/")) {
            Mail mail = mailbox.get(rest.substring("messages/".length()));
            return mail == null ? notFound() : Answer.json(200, message(mail, request), Map.of());
        }
        if (rest.equals("history")) {
            return history(request);
        }
        return notFound();
    }

    private Answer list(Recorded request) {
        Instant newerThan = Instant.MIN;
        List<String> excludedCategories = new ArrayList<>();
        for (String term : request.query().getOrDefault("q", "").trim().split("\\s+")) {
            if (term.isEmpty()) {
                continue;
            }
            Matcher m = NEWER_THAN.matcher(term);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                Duration span = switch (m.group(2)) {
                    case "d" -> Duration.ofDays(n);
                    case "m" -> Duration.ofDays(30L * n);
                    default -> Duration.ofDays(365L * n);
                };
                newerThan = clock.instant().minus(span);
            } else if (term.startsWith("-category:")) {
                excludedCategories.add("CATEGORY_" + term.substring("-category:".length()).toUpperCase(Locale.ROOT));
            } else {
                return invalid("Invalid search query: unsupported operator in the local fake: " + term);
            }
        }
        Instant since = newerThan;
        List<Mail> matching = mailbox.values().stream()
                .filter(m -> !m.labels.contains("SPAM") && !m.labels.contains("TRASH"))
                .filter(m -> m.internalDate.isAfter(since))
                .filter(m -> m.labels.stream().noneMatch(excludedCategories::contains))
                .sorted(Comparator.comparing((Mail m) -> m.internalDate).reversed())
                .toList();
        int size = pageSize(request.query().get("maxResults"), 100, 500);
        int from = offset(request.query().get("pageToken"));
        if (from < 0 || from > matching.size()) {
            return invalid("Invalid pageToken");
        }
        int to = Math.min(matching.size(), from + size);
        Map<String, Object> json = new LinkedHashMap<>();
        if (to > from) {
            json.put("messages", matching.subList(from, to).stream()
                    .map(m -> Map.of("id", m.id, "threadId", m.threadId)).toList());
        }
        if (to < matching.size()) {
            json.put("nextPageToken", "p" + to);
        }
        json.put("resultSizeEstimate", matching.size());
        return Answer.json(200, json, Map.of());
    }

    private Map<String, Object> message(Mail mail, Recorded request) {
        String format = request.query().getOrDefault("format", "full");
        List<String> wanted = request.queryValues("metadataHeaders");
        List<Map<String, String>> headers = new ArrayList<>();
        mail.headers.forEach((name, value) -> {
            boolean asked = wanted.isEmpty() || wanted.stream().anyMatch(w -> w.equalsIgnoreCase(name));
            if (!format.equals("minimal") && (!format.equals("metadata") || asked)) {
                headers.add(Map.of("name", name, "value", value));
            }
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", mail.id);
        json.put("threadId", mail.threadId);
        json.put("labelIds", mail.labels);
        json.put("snippet", mail.snippet);
        json.put("sizeEstimate", 4_000 + mail.snippet.length());
        json.put("historyId", Long.toString(mail.historyId));
        json.put("internalDate", Long.toString(mail.internalDate.toEpochMilli()));
        if (!format.equals("minimal")) {
            json.put("payload", Map.of("partId", "", "mimeType", "multipart/alternative", "filename", "",
                    "headers", headers));
        }
        return json;
    }

    private Answer history(Recorded request) {
        String start = request.query().get("startHistoryId");
        if (start == null) {
            return invalid("Missing required parameter: startHistoryId");
        }
        long startId = Long.parseLong(start);
        if (startId < oldestKept) {
            return notFound();
        }
        Set<String> types = Set.copyOf(request.queryValues("historyTypes"));
        List<HistoryRecord> matching = history.stream()
                .filter(h -> h.id() > startId)
                .filter(h -> types.isEmpty() || types.contains(h.type()))
                .toList();
        int size = pageSize(request.query().get("maxResults"), 100, 500);
        int from = offset(request.query().get("pageToken"));
        if (from < 0 || from > matching.size()) {
            return invalid("Invalid pageToken");
        }
        int to = Math.min(matching.size(), from + size);
        Map<String, Object> json = new LinkedHashMap<>();
        if (to > from) {
            json.put("history", matching.subList(from, to).stream().map(FakeGmailServer::historyJson).toList());
        }
        if (to < matching.size()) {
            json.put("nextPageToken", "p" + to);
        }
        json.put("historyId", Long.toString(historyId));
        return Answer.json(200, json, Map.of());
    }

    private static Map<String, Object> historyJson(HistoryRecord record) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", record.messageId());
        message.put("threadId", record.threadId());
        if (!record.labels().isEmpty()) {
            message.put("labelIds", record.labels());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Long.toString(record.id()));
        json.put("messages", List.of(Map.of("id", record.messageId(), "threadId", record.threadId())));
        json.put(record.type().equals("messageAdded") ? "messagesAdded" : "messagesDeleted",
                List.of(Map.of("message", message)));
        return json;
    }
}
