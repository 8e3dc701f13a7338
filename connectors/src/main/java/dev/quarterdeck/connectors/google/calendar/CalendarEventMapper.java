package dev.quarterdeck.connectors.google.calendar;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import dev.quarterdeck.connectors.google.GoogleCalls;
import dev.quarterdeck.connectors.http.Snippets;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Turns a Calendar event into a {@link SourceItem}: ref = the event id (one per occurrence, since events are
 * listed with {@code singleEvents=true}), summary as title, location and description (HTML stripped) as snippet,
 * the organizer as sender, start and end as instants, the recurring series id as thread, and the event's
 * {@code htmlLink}. All-day events ({@code date} instead of {@code dateTime}) start at midnight of their first day
 * and end at midnight after their last one (Google's end date is exclusive), in the calendar's time zone.
 */
final class CalendarEventMapper {

    private static final String SERVICE = "Google Calendar";
    private static final int SNIPPET_LENGTH = 1_000;

    private CalendarEventMapper() {
    }

    /** Cancelled events, and ones I declined, are no longer work. */
    static boolean closed(Event event) {
        if ("cancelled".equals(event.getStatus())) {
            return true;
        }
        List<EventAttendee> attendees = event.getAttendees();
        return attendees != null && attendees.stream()
                .anyMatch(a -> Boolean.TRUE.equals(a.getSelf()) && "declined".equals(a.getResponseStatus()));
    }

    static String id(Event event, String what) throws ConnectorException {
        if (event.getId() == null || event.getId().isBlank()) {
            throw GoogleCalls.malformed(SERVICE, "an event without an id", what);
        }
        return event.getId();
    }

    static SourceItem toItem(Event event, ZoneId calendarZone, Instant seenAt, String what)
            throws ConnectorException {
        String id = id(event, what);
        String title = event.getSummary() == null || event.getSummary().isBlank() ? "(No title)"
                : Snippets.plain(event.getSummary(), 500);
        Instant start = instant(event.getStart(), calendarZone, "start", id, what);
        Instant end = instant(event.getEnd(), calendarZone, "end", id, what);
        if (event.getHtmlLink() == null) {
            throw GoogleCalls.malformed(SERVICE, "event " + id + " without htmlLink", what);
        }
        Event.Organizer organizer = event.getOrganizer();
        try {
            return new SourceItem(
                    UUID.nameUUIDFromBytes(("CALENDAR:" + id).getBytes(StandardCharsets.UTF_8)),
                    SourceKind.CALENDAR,
                    id,
                    title,
                    snippet(event),
                    organizer == null ? null : organizer.getEmail(),
                    organizer == null ? null : organizer.getDisplayName(),
                    created(event, seenAt),
                    null,
                    event.getRecurringEventId(),
                    List.of(),
                    URI.create(event.getHtmlLink()),
                    start,
                    end,
                    null,
                    null,
                    seenAt);
        } catch (IllegalArgumentException e) {
            throw GoogleCalls.malformed(SERVICE, "event " + id + ": " + e.getMessage(), what);
        }
    }

    private static String snippet(Event event) {
        StringBuilder text = new StringBuilder();
        if (event.getLocation() != null && !event.getLocation().isBlank()) {
            text.append("Where: ").append(event.getLocation().strip()).append(". ");
        }
        if (event.getDescription() != null) {
            // Descriptions edited in the web UI are HTML.
            text.append(event.getDescription().replaceAll("(?i)<br\\s*/?>|</p>|</li>", " ")
                    .replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&amp;", "&"));
        }
        return Snippets.plain(text.toString(), SNIPPET_LENGTH);
    }

    private static Instant created(Event event, Instant seenAt) {
        DateTime created = event.getCreated() != null ? event.getCreated() : event.getUpdated();
        return created == null ? seenAt : Instant.ofEpochMilli(created.getValue());
    }

    private static Instant instant(EventDateTime time, ZoneId zone, String field, String id, String what)
            throws ConnectorException {
        if (time == null) {
            throw GoogleCalls.malformed(SERVICE, "event " + id + " without " + field, what);
        }
        if (time.getDateTime() != null) {
            return Instant.ofEpochMilli(time.getDateTime().getValue());
        }
        if (time.getDate() != null) {
            try {
                // A date-only value prints as yyyy-mm-dd; its epoch value would be UTC midnight, not local.
                LocalDate day = LocalDate.parse(time.getDate().toStringRfc3339());
                ZoneId dayZone = time.getTimeZone() == null ? zone : ZoneId.of(time.getTimeZone());
                return day.atStartOfDay(dayZone).toInstant();
            } catch (DateTimeException e) {
                throw GoogleCalls.malformed(SERVICE, "event " + id + " with an unreadable " + field + " date", what);
            }
        }
        throw GoogleCalls.malformed(SERVICE, "event " + id + " whose " + field + " has neither date nor dateTime",
                what);
    }
}
