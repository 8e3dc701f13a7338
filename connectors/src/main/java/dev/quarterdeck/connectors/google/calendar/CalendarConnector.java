package dev.quarterdeck.connectors.google.calendar;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.Events;
import dev.quarterdeck.connectors.google.GoogleApiConfig;
import dev.quarterdeck.connectors.google.GoogleCalls;
import dev.quarterdeck.connectors.google.GoogleCursor;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.Connector;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import dev.quarterdeck.core.connector.FetchResult;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary Google Calendar, read-only. The first sync lists the single occurrences from a day ago to two weeks
 * ahead ({@code events.list timeMin, timeMax, singleEvents=true}, every page) and keeps the {@code nextSyncToken}
 * of the last page; later syncs send only that token and get what changed, cancelled events included, which come
 * back as closed refs (as do events I declined). An expired token (410 {@code fullSyncRequired}) means a full sync.
 */
public final class CalendarConnector implements Connector {

    static final String SERVICE = "Google Calendar";
    static final String CALENDAR_ID = "primary";
    static final String CURSOR_FIELD = "syncToken";
    static final Duration LOOK_BACK = Duration.ofDays(1);
    static final Duration LOOK_AHEAD = Duration.ofDays(14);
    private static final int NONE = -1;
    private static final Logger log = LoggerFactory.getLogger(CalendarConnector.class);

    private final GoogleApiConfig config;
    private final GoogleCalls calls;
    private final Clock clock;

    public CalendarConnector(GoogleApiConfig config, GoogleCalls calls, Clock clock) {
        this.config = config;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.CALENDAR;
    }

    @Override
    public String displayName() {
        return "Google Calendar";
    }

    @Override
    public ConnectionCheck test() {
        try {
            com.google.api.services.calendar.model.Calendar primary =
                    calls.execute(calendar().calendars().get(CALENDAR_ID));
            String name = primary.getSummary() != null ? primary.getSummary() : primary.getId();
            return ConnectionCheck.ok(name == null ? "Connected to Google Calendar"
                    : "Connected to Google Calendar (" + name + ")");
        } catch (ConnectorException e) {
            return ConnectionCheck.failed(e);
        } catch (IOException e) {
            return ConnectionCheck.failed(buildFailed(e));
        }
    }

    @Override
    public FetchResult fetch(String cursor) throws ConnectorException {
        Calendar calendar = calendar();
        Instant seenAt = clock.instant();
        Optional<String> syncToken = GoogleCursor.read(cursor, CURSOR_FIELD);
        try {
            if (syncToken.isPresent()) {
                Optional<FetchResult> changes = list(calendar, syncToken.get(), seenAt);
                if (changes.isPresent()) {
                    return changes.get();
                }
                log.info("Google Calendar sync token expired; doing a full sync");
            }
            // A full sync tolerates no status, so it always has a result.
            return list(calendar, null, seenAt).orElseThrow();
        } catch (IOException e) {
            throw buildFailed(e);
        }
    }

    @Override
    public void disconnect() {
        calls.authorization().signOut();
    }

    /**
     * Every page of the full window (no token) or of the changes since {@code syncToken}; empty when Google says the
     * token expired.
     */
    private Optional<FetchResult> list(Calendar calendar, String syncToken, Instant seenAt)
            throws ConnectorException, IOException {
        Map<String, SourceItem> items = new LinkedHashMap<>();
        Set<String> closed = new LinkedHashSet<>();
        String pageToken = null;
        Set<String> seenTokens = new LinkedHashSet<>();
        String nextSyncToken;
        while (true) {
            Calendar.Events.List list = calendar.events().list(CALENDAR_ID)
                    .setSingleEvents(true)
                    .setMaxResults(config.pageSize())
                    .setPageToken(pageToken);
            if (syncToken != null) {
                // Google refuses timeMin, timeMax and orderBy together with a sync token.
                list.setSyncToken(syncToken);
            } else {
                list.setTimeMin(new DateTime(seenAt.minus(LOOK_BACK).toEpochMilli()))
                        .setTimeMax(new DateTime(seenAt.plus(LOOK_AHEAD).toEpochMilli()));
            }
            Optional<Events> answer = calls.executeUnless(syncToken == null ? NONE : 410, list);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            Events page = answer.get();
            ZoneId zone = zone(page.getTimeZone());
            for (Event event : page.getItems() == null ? List.<Event>of() : page.getItems()) {
                String id = CalendarEventMapper.id(event, "events.list");
                if (CalendarEventMapper.closed(event)) {
                    items.remove(id);
                    closed.add(id);
                } else {
                    closed.remove(id);
                    items.put(id, CalendarEventMapper.toItem(event, zone, seenAt, "events.list"));
                }
            }
            pageToken = GoogleCalls.nextPage(SERVICE, page.getNextPageToken(), seenTokens, "events.list");
            if (pageToken == null) {
                nextSyncToken = page.getNextSyncToken();
                break;
            }
        }
        if (nextSyncToken == null || nextSyncToken.isBlank()) {
            throw GoogleCalls.malformed(SERVICE, "a last page without nextSyncToken", "events.list");
        }
        log.debug("Google Calendar {}: {} events, {} closed", syncToken == null ? "full sync" : "changes",
                items.size(), closed.size());
        return Optional.of(new FetchResult(new ArrayList<>(items.values()), new ArrayList<>(closed),
                GoogleCursor.write(CURSOR_FIELD, nextSyncToken)));
    }

    private ZoneId zone(String timeZone) {
        if (timeZone != null) {
            try {
                return ZoneId.of(timeZone);
            } catch (DateTimeException unknown) {
                log.debug("unknown calendar time zone {}; using {}", timeZone, clock.getZone());
            }
        }
        return clock.getZone();
    }

    private Calendar calendar() throws ConnectorException {
        return new Calendar.Builder(calls.authorization().transport(), calls.authorization().jsonFactory(),
                calls.requestInitializer())
                .setRootUrl(config.rootUrl().toString())
                .setApplicationName("Quarterdeck")
                .build();
    }

    private static ConnectorException buildFailed(IOException e) {
        return new ConnectorException(Kind.REJECTED, "Google Calendar request could not be built: "
                + e.getClass().getSimpleName());
    }
}
