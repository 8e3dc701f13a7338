package dev.quarterdeck.connectors.google.gmail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quarterdeck.connectors.fake.FakeApiServer.Recorded;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeGmailServer;
import dev.quarterdeck.connectors.fake.FakeGmailServer.Mail;
import dev.quarterdeck.connectors.fake.FakeGoogleApi;
import dev.quarterdeck.connectors.google.GoogleApiConfig;
import dev.quarterdeck.connectors.google.GoogleTestRig;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import dev.quarterdeck.core.connector.FetchResult;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GmailConnectorTest {

    private static final String BASE = "/gmail/v1/users/me/";

    @TempDir
    Path dataFolder;

    private GoogleTestRig rig;
    private FakeGmailServer gmail;
    private Instant now;

    @BeforeEach
    void start() throws Exception {
        rig = new GoogleTestRig(dataFolder).signIn();
        gmail = new FakeGmailServer(rig.auth, rig.clock);
        now = rig.clock.instant();
    }

    @AfterEach
    void stop() {
        gmail.close();
        rig.close();
    }

    private GmailConnector connector(int pageSize) {
        return new GmailConnector(new GoogleApiConfig(gmail.baseUrl(), pageSize), rig.calls("Gmail"), rig.clock);
    }

    /** Five recent messages (one a reply), one in Promotions, one in spam, one a month old. */
    private Mail seed() {
        Mail original = gmail.deliver("Budget review Q4", "\"Lee, Ann\" <ann@acme.example>", now.minus(Duration.ofDays(3)))
                .snippet("Can you check the numbers before Friday? It&#39;s urgent &amp; short");
        gmail.deliver("Re: Budget review Q4", "Bob Stone <bob@acme.example>", now.minus(Duration.ofDays(2)))
                .replyTo(original).snippet("Numbers attached");
        gmail.deliver("Standup notes", "carol@acme.example", now.minus(Duration.ofDays(1)));
        gmail.deliver("Invoice 2026-118", "billing@vendor.example", now.minus(Duration.ofHours(5)));
        gmail.deliver("Contract draft", "Dana <dana@law.example>", now.minus(Duration.ofHours(1)));
        gmail.deliver("50% off everything", "deals@shop.example", now.minus(Duration.ofDays(1)))
                .labels("INBOX", "CATEGORY_PROMOTIONS");
        gmail.deliver("You won", "spam@spam.example", now.minus(Duration.ofDays(1))).labels("SPAM");
        gmail.deliver("Old thread", "old@acme.example", now.minus(Duration.ofDays(30)));
        return original;
    }

    @Test
    void firstSyncListsTwoWeeksOfMailPageByPageAndMapsEveryField() throws Exception {
        Mail original = seed();
        FetchResult result = connector(2).fetch(null);

        assertThat(result.items()).extracting(SourceItem::title).containsExactly("Contract draft",
                "Invoice 2026-118", "Standup notes", "Re: Budget review Q4", "Budget review Q4");
        assertThat(result.closedRefs()).isEmpty();
        // profile first, then 3 pages of 2, then one metadata read per message.
        assertThat(gmail.requests()).extracting(Recorded::path).startsWith(BASE + "profile", BASE + "messages",
                BASE + "messages", BASE + "messages");
        assertThat(gmail.requests(BASE + "messages")).hasSize(3).allSatisfy(r -> assertThat(r.query())
                .containsEntry("q", "newer_than:14d -category:promotions").containsEntry("maxResults", "2"));
        Recorded get = gmail.requests(BASE + "messages/" + original.id()).get(0);
        assertThat(get.query()).containsEntry("format", "metadata");
        assertThat(get.queryValues("metadataHeaders")).contains("From", "Subject", "In-Reply-To", "References");

        SourceItem budget = item(result, original.id());
        assertThat(budget.kind()).isEqualTo(SourceKind.GMAIL);
        assertThat(budget.threadId()).isEqualTo(original.id());
        assertThat(budget.senderName()).isEqualTo("Lee, Ann");
        assertThat(budget.senderAddress()).isEqualTo("ann@acme.example");
        assertThat(budget.snippet()).isEqualTo("Can you check the numbers before Friday? It's urgent & short");
        assertThat(budget.createdAt()).isEqualTo(now.minus(Duration.ofDays(3)));
        assertThat(budget.url()).isEqualTo(URI.create("https://mail.google.com/mail/u/0/#all/" + original.id()));
        assertThat(budget.references()).isEmpty();
        SourceItem reply = result.items().stream().filter(i -> i.title().startsWith("Re:")).findFirst().orElseThrow();
        assertThat(reply.threadId()).isEqualTo(original.id());
        assertThat(reply.references()).containsExactly(original.messageId());
        assertThat(reply.senderName()).isEqualTo("Bob Stone");
        SourceItem bare = result.items().stream().filter(i -> i.title().equals("Standup notes")).findFirst()
                .orElseThrow();
        assertThat(bare.senderAddress()).isEqualTo("carol@acme.example");
        assertThat(bare.senderName()).isNull();
        assertThat(result.nextCursor()).isEqualTo("{\"v\":1,\"historyId\":\"" + gmail.currentHistoryId() + "\"}");
    }

    @Test
    void laterSyncsReadOnlyTheHistoryAndReportDeletions() throws Exception {
        seed();
        GmailConnector connector = connector(2);
        FetchResult first = connector.fetch(null);
        String deletedId = first.items().get(0).ref();
        gmail.clearRequests();

        Mail fresh = gmail.deliver("New request from Eve", "Eve <eve@acme.example>", now.plusSeconds(60));
        Mail second = gmail.deliver("Follow-up", "Eve <eve@acme.example>", now.plusSeconds(90));
        Mail gone = gmail.deliver("Sent by mistake", "Eve <eve@acme.example>", now.plusSeconds(95));
        gmail.delete(gone.id());
        gmail.delete(deletedId);
        gmail.deliver("Promo", "deals@shop.example", now.plusSeconds(100)).labels("CATEGORY_PROMOTIONS");
        FetchResult next = connector.fetch(first.nextCursor());

        assertThat(next.items()).extracting(SourceItem::ref).containsExactly(fresh.id(), second.id());
        assertThat(next.closedRefs()).containsExactlyInAnyOrder(gone.id(), deletedId);
        assertThat(gmail.requests(BASE + "messages")).as("no full listing").isEmpty();
        List<Recorded> history = gmail.requests(BASE + "history");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).query()).containsEntry("startHistoryId",
                first.nextCursor().replaceAll("\\D", "").substring(1));
        assertThat(history.get(0).queryValues("historyTypes")).containsExactly("messageAdded", "messageDeleted");
        assertThat(next.nextCursor()).contains(Long.toString(gmail.currentHistoryId()));
    }

    @Test
    void anUnchangedMailboxCostsOneRequest() throws Exception {
        seed();
        GmailConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        gmail.clearRequests();

        FetchResult again = connector.fetch(cursor);

        assertThat(again.isEmpty()).isTrue();
        assertThat(again.nextCursor()).isEqualTo(cursor);
        assertThat(gmail.requests()).hasSize(1);
    }

    @Test
    void historyThatIsTooOldMeansAFullSync() throws Exception {
        seed();
        GmailConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        gmail.expireHistory();
        Mail later = gmail.deliver("After the gap", "ann@acme.example", now.plusSeconds(30));
        gmail.clearRequests();

        FetchResult result = connector.fetch(cursor);

        assertThat(gmail.requests()).extracting(Recorded::path).startsWith(BASE + "history", BASE + "profile",
                BASE + "messages");
        assertThat(result.items()).extracting(SourceItem::ref).contains(later.id()).hasSize(6);
        assertThat(result.nextCursor()).contains(Long.toString(gmail.currentHistoryId()));
    }

    @Test
    void aMessageDeletedBetweenListingAndReadingIsSkipped() throws Exception {
        seed();
        Mail vanishing = gmail.deliver("Vanishing", "x@acme.example", now.minusSeconds(10));
        gmail.script(Scripted.of(BASE + "messages/" + vanishing.id(), 404, Map.of(),
                FakeGoogleApi.errorJson(404, "NOT_FOUND", "notFound", "global", "Requested entity was not found.")));

        FetchResult result = connector(50).fetch(null);

        assertThat(result.items()).extracting(SourceItem::ref).doesNotContain(vanishing.id()).hasSize(5);
    }

    @Test
    void rateLimitsAreWaitedOutThenReported() throws Exception {
        seed();
        String limited = FakeGoogleApi.errorJson(403, "PERMISSION_DENIED", "rateLimitExceeded", "usageLimits",
                "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user'");
        gmail.script(Scripted.of(BASE + "messages", 429, Map.of("Retry-After", "7"), FakeGoogleApi.errorJson(429,
                        "RESOURCE_EXHAUSTED", "rateLimitExceeded", "usageLimits", "Too many requests")),
                Scripted.of(BASE + "messages", 403, Map.of(), limited));

        FetchResult result = connector(50).fetch(null);

        assertThat(result.items()).hasSize(5);
        assertThat(rig.sleeper.waits()).hasSize(2);
        assertThat(rig.sleeper.waits().get(0)).isEqualTo(Duration.ofSeconds(7));
        assertThat(rig.sleeper.waits().get(1)).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(2_000));

        for (int i = 0; i < 4; i++) {
            gmail.script(Scripted.of(BASE + "profile", 403, Map.of(), limited));
        }
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(50).fetch(null));
        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).isPresent();
        assertThat(e.getMessage()).contains("rate limit").contains("Queries per minute");
    }

    @Test
    void serverErrorsAreRetriedThenReported() throws Exception {
        seed();
        String unavailable = FakeGoogleApi.errorJson(503, "UNAVAILABLE", "backendError", "global",
                "The service is currently unavailable.");
        gmail.script(Scripted.of(BASE + "profile", 503, Map.of(), unavailable),
                Scripted.of(BASE + "profile", 500, Map.of(), "<html>Internal error</html>"));

        assertThat(connector(50).fetch(null).items()).hasSize(5);
        assertThat(rig.sleeper.waits()).hasSize(2);

        for (int i = 0; i < 4; i++) {
            gmail.script(Scripted.of(BASE + "profile", 503, Map.of(), unavailable));
        }
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(50).fetch(null));
        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("503").contains("4 attempts");
    }

    @Test
    void malformedBodiesFailTheWholeSync() throws Exception {
        seed();
        gmail.script(Scripted.of(BASE + "messages", 200, Map.of(), "{\"messages\": [{\"id\": "));
        ConnectorException broken = catchThrowableOfType(ConnectorException.class, () -> connector(50).fetch(null));
        assertThat(broken.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(broken.getMessage()).contains("Gmail sent a response we cannot read").contains("/messages");

        gmail.script(Scripted.of(BASE + "messages", 200, Map.of(), "{\"messages\": \"none\"}"));
        ConnectorException wrongShape = catchThrowableOfType(ConnectorException.class,
                () -> connector(50).fetch(null));
        assertThat(wrongShape.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);

        gmail.script(Scripted.of(BASE + "messages", 200, Map.of(), "{\"messages\": [{\"threadId\": \"t\"}]}"));
        ConnectorException noId = catchThrowableOfType(ConnectorException.class, () -> connector(50).fetch(null));
        assertThat(noId.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(noId.getMessage()).contains("without an id");

        gmail.script(Scripted.of(BASE + "profile", 200, Map.of(), ""));
        ConnectorException empty = catchThrowableOfType(ConnectorException.class, () -> connector(50).fetch(null));
        assertThat(empty.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void aDisabledApiIsReportedWithWhatToDo() throws Exception {
        gmail.script(Scripted.of(BASE + "profile", 403, Map.of(), FakeGoogleApi.errorJson(403, "PERMISSION_DENIED",
                "accessNotConfigured", "usageLimits", "Gmail API has not been used in project 123 before or it is "
                        + "disabled.")));

        var check = connector(50).test();

        assertThat(check.ok()).isFalse();
        assertThat(check.failure()).isEqualTo(Kind.REJECTED);
        assertThat(check.message()).contains("Gmail API is not enabled").contains("Enable it");
    }

    @Test
    void disconnectForgetsTheSignIn() throws Exception {
        GmailConnector connector = connector(50);
        assertThat(connector.test().ok()).isTrue();

        connector.disconnect();
        connector.disconnect();

        assertThat(rig.authorization.signedIn()).isFalse();
        var check = connector.test();
        assertThat(check.ok()).isFalse();
        assertThat(check.reconnectNeeded()).isTrue();
        assertThat(rig.authorization.client()).as("the imported OAuth client stays").isPresent();
    }

    private static SourceItem item(FetchResult result, String ref) {
        return result.items().stream().filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
    }
}
