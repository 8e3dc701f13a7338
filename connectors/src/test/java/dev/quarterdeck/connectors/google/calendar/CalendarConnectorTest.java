package dev.quarterdeck.connectors.google.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quarterdeck.connectors.fake.FakeApiServer.Recorded;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeCalendarServer;
import dev.quarterdeck.connectors.fake.FakeCalendarServer.Event;
import dev.quarterdeck.connectors.fake.FakeGoogleApi;
import dev.quarterdeck.connectors.google.GoogleApiConfig;
import dev.quarterdeck.connectors.google.GoogleTestRig;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import dev.quarterdeck.core.connector.FetchResult;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarConnectorTest {

    private static final String EVENTS = "/calendar/v3/calendars/primary/events";
    private static final ZoneId BERLIN = ZoneId.of(FakeCalendarServer.TIME_ZONE);

    @TempDir
    Path dataFolder;

    private GoogleTestRig rig;
    private FakeCalendarServer calendar;
    private Instant now;

    @BeforeEach
    void start() throws Exception {
        rig = new GoogleTestRig(dataFolder).signIn();
        calendar = new FakeCalendarServer(rig.auth, rig.clock);
        now = rig.clock.instant();
    }

    @AfterEach
    void stop() {
        calendar.close();
        rig.close();
    }

    private CalendarConnector connector(int pageSize) {
        return new CalendarConnector(new GoogleApiConfig(calendar.baseUrl(), pageSize), rig.calls("Google Calendar"),
                rig.clock);
    }

    private Event standup;
    private Event review;
    private Event offsite;

    /** Within the window: a standup, a review, an all-day offsite; outside: last week and next month. */
    private void seed() {
        standup = calendar.meeting("Standup", now.plus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(75)))
                .recurring("standupseries");
        review = calendar.meeting("Budget review", now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(2))
                        .plus(Duration.ofHours(1)))
                .location("Room 4.12").description("<p>Bring the <b>Q4 numbers</b></p><br>Agenda in the doc")
                .organizer("ann@acme.example", "Ann Lee");
        offsite = calendar.allDay("Team offsite", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27));
        calendar.meeting("Yesterday's retro", now.minus(Duration.ofHours(20)), now.minus(Duration.ofHours(19)));
        calendar.meeting("Last week", now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(7)).plusSeconds(1800));
        calendar.meeting("Next month", now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(30)).plusSeconds(1800));
    }

    @Test
    void firstSyncListsTheWindowPageByPageAndMapsEvents() throws Exception {
        seed();
        FetchResult result = connector(2).fetch(null);

        assertThat(result.items()).extracting(SourceItem::title).containsExactly("Yesterday's retro", "Standup",
                "Budget review", "Team offsite");
        assertThat(result.closedRefs()).isEmpty();
        List<Recorded> requests = calendar.requests(EVENTS);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).query()).containsEntry("singleEvents", "true").containsEntry("maxResults", "2")
                .doesNotContainKeys("syncToken", "orderBy");
        assertThat(Instant.parse(requests.get(0).query().get("timeMin"))).isEqualTo(now.minus(Duration.ofDays(1)));
        assertThat(Instant.parse(requests.get(0).query().get("timeMax"))).isEqualTo(now.plus(Duration.ofDays(14)));
        assertThat(requests.get(1).query()).containsEntry("pageToken", "p2");

        SourceItem budget = item(result, review.id());
        assertThat(budget.kind()).isEqualTo(SourceKind.CALENDAR);
        assertThat(budget.start()).isEqualTo(now.plus(Duration.ofDays(2)));
        assertThat(budget.end()).isEqualTo(now.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
        assertThat(budget.snippet()).isEqualTo("Where: Room 4.12. Bring the Q4 numbers Agenda in the doc");
        assertThat(budget.senderAddress()).isEqualTo("ann@acme.example");
        assertThat(budget.senderName()).isEqualTo("Ann Lee");
        assertThat(budget.url()).isEqualTo(URI.create("https://www.google.com/calendar/event?eid=" + review.id()));
        assertThat(item(result, standup.id()).threadId()).isEqualTo("standupseries");

        SourceItem allDay = item(result, offsite.id());
        assertThat(allDay.start()).isEqualTo(LocalDate.of(2026, 11, 25).atStartOfDay(BERLIN).toInstant());
        assertThat(allDay.end()).as("end date is exclusive").isEqualTo(LocalDate.of(2026, 11, 27)
                .atStartOfDay(BERLIN).toInstant());
        assertThat(result.nextCursor()).startsWith("{\"v\":1,\"syncToken\":\"CPjq");
    }

    @Test
    void laterSyncsSendOnlyTheSyncTokenAndReportCancelledAndDeclinedEvents() throws Exception {
        seed();
        CalendarConnector connector = connector(2);
        String cursor = connector.fetch(null).nextCursor();
        calendar.clearRequests();

        calendar.reschedule(review.id(), now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3)).plusSeconds(3600));
        calendar.cancel(standup.id());
        calendar.decline(offsite.id());
        Event added = calendar.meeting("Vendor call", now.plus(Duration.ofHours(6)), now.plus(Duration.ofHours(7)));
        FetchResult changes = connector.fetch(cursor);

        assertThat(changes.items()).extracting(SourceItem::ref).containsExactlyInAnyOrder(review.id(), added.id());
        assertThat(item(changes, review.id()).start()).isEqualTo(now.plus(Duration.ofDays(3)));
        assertThat(changes.closedRefs()).containsExactlyInAnyOrder(standup.id(), offsite.id());
        assertThat(calendar.requests(EVENTS)).hasSize(2).allSatisfy(r -> assertThat(r.query())
                .containsEntry("syncToken", cursor.substring(cursor.indexOf("CPjq"), cursor.length() - 2))
                .containsEntry("singleEvents", "true").doesNotContainKeys("timeMin", "timeMax", "orderBy"));
        assertThat(changes.nextCursor()).isNotEqualTo(cursor);
    }

    @Test
    void anUnchangedCalendarCostsOneRequest() throws Exception {
        seed();
        CalendarConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        calendar.clearRequests();

        FetchResult again = connector.fetch(cursor);

        assertThat(again.isEmpty()).isTrue();
        assertThat(calendar.requests()).hasSize(1);
    }

    @Test
    void anExpiredSyncTokenMeansAFullSync() throws Exception {
        seed();
        CalendarConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        calendar.expireSyncTokens();
        calendar.clearRequests();

        FetchResult result = connector.fetch(cursor);

        List<Recorded> requests = calendar.requests(EVENTS);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).query()).containsKey("syncToken");
        assertThat(requests.get(1).query()).containsKeys("timeMin", "timeMax").doesNotContainKey("syncToken");
        assertThat(result.items()).hasSize(4);
        assertThat(result.nextCursor()).isNotEqualTo(cursor);
    }

    @Test
    void malformedEventsFailTheSync() throws Exception {
        calendar.script(Scripted.of(EVENTS, 200, Map.of(), "{\"kind\":\"calendar#events\",\"items\":[{\"id\":\"x1\","
                + "\"status\":\"confirmed\",\"htmlLink\":\"https://www.google.com/calendar/event?eid=x1\","
                + "\"summary\":\"No start\",\"end\":{\"dateTime\":\"2026-11-22T10:00:00Z\"}}],"
                + "\"nextSyncToken\":\"CPjq1QAA==\"}"));
        ConnectorException noStart = catchThrowableOfType(ConnectorException.class, () -> connector(50).fetch(null));
        assertThat(noStart.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(noStart.getMessage()).contains("without start");

        calendar.script(Scripted.of(EVENTS, 200, Map.of(), "{\"kind\":\"calendar#events\",\"items\":[]}"));
        ConnectorException noToken = catchThrowableOfType(ConnectorException.class, () -> connector(50).fetch(null));
        assertThat(noToken.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(noToken.getMessage()).contains("nextSyncToken");

        calendar.script(Scripted.of(EVENTS, 200, Map.of(), "{\"items\":[{\"id\":\"x2\",\"start\":{\"dateTime\":"
                + "\"next tuesday\"}}]}"));
        assertThat(catchThrowableOfType(ConnectorException.class, () -> connector(50).fetch(null)).kind())
                .isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void rateLimitedAndFailingCallsFollowTheSharedRules() throws Exception {
        seed();
        calendar.script(Scripted.of(EVENTS, 403, Map.of(), FakeGoogleApi.errorJson(
                        403, "PERMISSION_DENIED", "userRateLimitExceeded", "usageLimits", "User Rate Limit Exceeded")),
                Scripted.of(EVENTS, 502, Map.of(), "<html>Bad Gateway</html>"));

        assertThat(connector(50).fetch(null).items()).hasSize(4);
        assertThat(rig.sleeper.waits()).hasSize(2);
    }

    @Test
    void testNamesThePrimaryCalendar() {
        ConnectionCheck check = connector(50).test();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).isEqualTo("Connected to Google Calendar (" + FakeCalendarServer.OWNER + ")");
    }

    private static SourceItem item(FetchResult result, String ref) {
        return result.items().stream().filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
    }
}
