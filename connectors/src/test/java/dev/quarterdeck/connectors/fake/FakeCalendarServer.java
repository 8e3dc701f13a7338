package dev.quarterdeck.connectors.fake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A local Google Calendar API v3 for the primary calendar, answering like www.googleapis.com/calendar/v3:
 * {@code calendars.get primary} and {@code events.list} with either a window ({@code timeMin} bounds the end,
 * {@code timeMax} the start, cancelled events hidden) or a {@code syncToken} (every event changed since that token,
 * cancelled ones as {@code status:"cancelled"} with little more than their id). A sync token cannot be combined with
 * timeMin, timeMax, orderBy, q or updatedMin (400); an expired one answers 410 {@code fullSyncRequired}. Pages of
 * {@code maxResults}; {@code nextSyncToken} only on the last page.
 */
public final class FakeCalendarServer extends FakeGoogleApi {

    public static final String OWNER = "mia@example.com";
    public static final String TIME_ZONE = "Europe/Berlin";
    private static final String PREFIX = "/calendar/v3/calendars/primary";
    private static final Set<String> NOT_WITH_SYNC_TOKEN = Set.of("timeMin", "timeMax", "orderBy", "q",
            "updatedMin", "iCalUID");

    /** One event occurrence. Either timed (start/end instants) or all-day (start/end dates, end exclusive). */
    public static final class Event {
        final String id;
        String summary;
        String description;
        String location;
        String status = "confirmed";
        Instant start;
        Instant end;
        LocalDate startDate;
        LocalDate endDate;
        String organizerEmail = "lead@acme.example";
        String organizerName = "Lena Lead";
        String myResponse = "accepted";
        String recurringEventId;
        final Instant created;
        Instant updated;
        long changed;

        Event(String id, Instant created) {
            this.id = id;
            this.created = created;
            this.updated = created;
        }

        public String id() {
            return id;
        }

        public Event description(String text) {
            description = text;
            return this;
        }

        public Event location(String where) {
            location = where;
            return this;
        }

        public Event organizer(String email, String name) {
            organizerEmail = email;
            organizerName = name;
            return this;
        }

        public Event recurring(String seriesId) {
            recurringEventId = seriesId;
            return this;
        }
    }

    private final Clock clock;
    private final Map<String, Event> events = new LinkedHashMap<>();
    private long changeCounter = 100;
    private int generation = 1;
    private int nextId = 1;

    public FakeCalendarServer(FakeGoogleAuthServer auth, Clock clock) {
        super(auth);
        this.clock = clock;
    }

    public synchronized Event meeting(String summary, Instant start, Instant end) {
        Event event = new Event("evt" + (nextId++) + "q7k2", clock.instant().minusSeconds(86_400));
        event.summary = summary;
        event.start = start;
        event.end = end;
        touch(event);
        return event;
    }

    public synchronized Event allDay(String summary, LocalDate first, LocalDate endExclusive) {
        Event event = new Event("evt" + (nextId++) + "d3x9", clock.instant().minusSeconds(86_400));
        event.summary = summary;
        event.startDate = first;
        event.endDate = endExclusive;
        touch(event);
        return event;
    }

    public synchronized void reschedule(String id, Instant start, Instant end) {
        Event event = events.get(id);
        event.start = start;
        event.end = end;
        touch(event);
    }

    public synchronized void cancel(String id) {
        Event event = events.get(id);
        event.status = "cancelled";
        touch(event);
    }

    public synchronized void decline(String id) {
        Event event = events.get(id);
        event.myResponse = "declined";
        touch(event);
    }

    /** Every sync token handed out so far stops working (410). */
    public synchronized void expireSyncTokens() {
        generation++;
    }

    private void touch(Event event) {
        event.changed = ++changeCounter;
        event.updated = clock.instant();
        events.put(event.id, event);
    }

    @Override
    protected synchronized Answer get(Recorded request) {
        if (request.path().equals(PREFIX)) {
            return Answer.json(200, Map.of("kind", "calendar#calendar", "etag", "\"p33c\"", "id", OWNER,
                    "summary", OWNER, "timeZone", TIME_ZONE), Map.of());
        }
        if (!request.path().equals(PREFIX + "/events")) {
            return notFound();
        }
        Map<String, String> q = request.query();
        String syncToken = q.get("syncToken");
        List<Event> matching;
        if (syncToken != null) {
            for (String forbidden : NOT_WITH_SYNC_TOKEN) {
                if (q.containsKey(forbidden)) {
                    return invalid("The sync token cannot be used with the " + forbidden + " parameter.");
                }
            }
            long since = changesSince(syncToken);
            if (since < 0) {
                return error(410, "GONE", "fullSyncRequired", "global",
                        "Sync token is no longer valid, a full sync is required.");
            }
            matching = events.values().stream().filter(e -> e.changed > since).toList();
        } else {
            Instant timeMin = q.containsKey("timeMin") ? Instant.parse(q.get("timeMin")) : Instant.MIN;
            Instant timeMax = q.containsKey("timeMax") ? Instant.parse(q.get("timeMax")) : Instant.MAX;
            matching = events.values().stream()
                    .filter(e -> !e.status.equals("cancelled"))
                    .filter(e -> endOf(e).isAfter(timeMin) && startOf(e).isBefore(timeMax))
                    .sorted(Comparator.comparing(FakeCalendarServer::startOf))
                    .toList();
        }
        int size = pageSize(q.get("maxResults"), 250, 2500);
        int from = offset(q.get("pageToken"));
        if (from < 0 || from > matching.size()) {
            return invalid("Invalid page token value.");
        }
        int to = Math.min(matching.size(), from + size);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "calendar#events");
        json.put("etag", "\"p3" + changeCounter + "\"");
        json.put("summary", OWNER);
        json.put("updated", rfc3339(clock.instant()));
        json.put("timeZone", TIME_ZONE);
        json.put("accessRole", "owner");
        json.put("defaultReminders", List.of(Map.of("method", "popup", "minutes", 10)));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Event event : matching.subList(from, to)) {
            items.add(json(event));
        }
        json.put("items", items);
        if (to < matching.size()) {
            json.put("nextPageToken", "p" + to);
        } else {
            json.put("nextSyncToken", "CPjq" + generation + "x" + changeCounter + "QAA==");
        }
        return Answer.json(200, json, Map.of());
    }

    /** The change counter a token was issued at, or -1 when it is unknown or of an expired generation. */
    private long changesSince(String syncToken) {
        String prefix = "CPjq" + generation + "x";
        if (!syncToken.startsWith(prefix) || !syncToken.endsWith("QAA==")) {
            return -1;
        }
        try {
            return Long.parseLong(syncToken.substring(prefix.length(), syncToken.length() - 5));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Map<String, Object> json(Event e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "calendar#event");
        json.put("etag", "\"" + e.changed + "\"");
        json.put("id", e.id);
        json.put("status", e.status);
        if (e.status.equals("cancelled")) {
            return json;
        }
        json.put("htmlLink", "https://www.google.com/calendar/event?eid=" + e.id);
        json.put("created", rfc3339(e.created));
        json.put("updated", rfc3339(e.updated));
        json.put("summary", e.summary);
        if (e.description != null) {
            json.put("description", e.description);
        }
        if (e.location != null) {
            json.put("location", e.location);
        }
        json.put("creator", Map.of("email", e.organizerEmail));
        json.put("organizer", Map.of("email", e.organizerEmail, "displayName", e.organizerName));
        if (e.start != null) {
            json.put("start", Map.of("dateTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    e.start.atZone(ZoneId.of(TIME_ZONE))), "timeZone", TIME_ZONE));
            json.put("end", Map.of("dateTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    e.end.atZone(ZoneId.of(TIME_ZONE))), "timeZone", TIME_ZONE));
        } else {
            json.put("start", Map.of("date", e.startDate.toString()));
            json.put("end", Map.of("date", e.endDate.toString()));
        }
        if (e.recurringEventId != null) {
            json.put("recurringEventId", e.recurringEventId);
            json.put("originalStartTime", json.get("start"));
        }
        json.put("iCalUID", e.id + "@google.com");
        json.put("sequence", 0);
        json.put("attendees", List.of(
                Map.of("email", e.organizerEmail, "displayName", e.organizerName, "organizer", true,
                        "responseStatus", "accepted"),
                Map.of("email", OWNER, "self", true, "responseStatus", e.myResponse)));
        json.put("eventType", "default");
        return json;
    }

    private static Instant startOf(Event e) {
        return e.start != null ? e.start : e.startDate.atStartOfDay(ZoneId.of(TIME_ZONE)).toInstant();
    }

    private static Instant endOf(Event e) {
        return e.end != null ? e.end : e.endDate.atStartOfDay(ZoneId.of(TIME_ZONE)).toInstant();
    }
}
