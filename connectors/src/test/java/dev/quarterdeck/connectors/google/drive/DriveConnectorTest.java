package dev.quarterdeck.connectors.google.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quarterdeck.connectors.fake.FakeApiServer.Recorded;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeDriveServer;
import dev.quarterdeck.connectors.fake.FakeDriveServer.DriveFile;
import dev.quarterdeck.connectors.fake.FakeDriveServer.Person;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriveConnectorTest {

    private static final String DOC = "application/vnd.google-apps.document";
    private static final String SHEET = "application/vnd.google-apps.spreadsheet";
    private static final Person ME = FakeDriveServer.ME;
    private static final Person ANN = new Person("Ann Lee", "ann@acme.example", false);
    private static final Person BOB = new Person("Bob Stone", "bob@acme.example", false);

    @TempDir
    Path dataFolder;

    private GoogleTestRig rig;
    private FakeDriveServer drive;
    private Instant now;

    @BeforeEach
    void start() throws Exception {
        rig = new GoogleTestRig(dataFolder).signIn();
        drive = new FakeDriveServer(rig.auth, rig.clock);
        now = rig.clock.instant();
    }

    @AfterEach
    void stop() {
        drive.close();
        rig.close();
    }

    private DriveConnector connector(int pageSize) {
        return new DriveConnector(new GoogleApiConfig(drive.baseUrl(), pageSize), rig.calls("Google Drive"),
                rig.clock);
    }

    private DriveFile specs;
    private DriveFile budget;
    private DriveFile mine;
    private DriveFile shared;

    /** Recent: Ann edited my spec, Bob's sheet, my own notes, a doc shared with me, a folder; one old doc. */
    private void seed() {
        specs = drive.create("Product spec", DOC, ME, now.minus(Duration.ofDays(30))).description("v2 scope");
        drive.edit(specs.id(), ANN, now.minus(Duration.ofDays(2)));
        budget = drive.create("Budget 2027", SHEET, BOB, now.minus(Duration.ofDays(3)));
        mine = drive.create("My notes", DOC, ME, now.minus(Duration.ofDays(1)));
        shared = drive.create("Contract draft", DOC, ANN, now.minus(Duration.ofDays(40)));
        drive.share(shared.id(), ANN, now.minus(Duration.ofDays(1)));
        drive.edit(shared.id(), ME, now.minus(Duration.ofHours(20)));
        drive.create("Project folder", "application/vnd.google-apps.folder", BOB, now.minus(Duration.ofDays(1)));
        drive.create("Old memo", DOC, ANN, now.minus(Duration.ofDays(60)));
    }

    @Test
    void firstSyncTakesTheStartTokenThenListsRecentFilesOthersTouched() throws Exception {
        seed();
        FetchResult result = connector(2).fetch(null);

        assertThat(result.items()).extracting(SourceItem::title).containsExactly("Contract draft", "Product spec",
                "Budget 2027");
        assertThat(result.closedRefs()).isEmpty();
        List<Recorded> requests = drive.requests();
        assertThat(requests.get(0).path()).isEqualTo("/drive/v3/changes/startPageToken");
        List<Recorded> listings = drive.requests("/drive/v3/files");
        assertThat(listings).hasSize(3);
        assertThat(listings.get(0).query().get("q")).startsWith("modifiedTime > '2026-11-08T09:00:00")
                .endsWith("' and trashed = false");
        assertThat(listings.get(0).query()).containsEntry("orderBy", "modifiedTime desc")
                .containsEntry("pageSize", "2");
        assertThat(listings.get(0).query().get("fields")).startsWith("nextPageToken,files(id,name,");

        SourceItem spec = item(result, specs.id());
        assertThat(spec.kind()).isEqualTo(SourceKind.DRIVE);
        assertThat(spec.senderName()).isEqualTo("Ann Lee");
        assertThat(spec.senderAddress()).isEqualTo("ann@acme.example");
        assertThat(spec.snippet()).isEqualTo("Changed by Ann Lee. v2 scope");
        assertThat(spec.url()).isEqualTo(URI.create("https://docs.google.com/document/d/" + specs.id()
                + "/edit?usp=drivesdk"));
        assertThat(spec.createdAt()).isEqualTo(now.minus(Duration.ofDays(30)));
        SourceItem contract = item(result, shared.id());
        assertThat(contract.snippet()).isEqualTo("Shared by Ann Lee.");
        assertThat(result.nextCursor()).isEqualTo("{\"v\":1,\"pageToken\":\"5010\"}");
    }

    @Test
    void laterSyncsFollowTheChangeLogThroughEveryPage() throws Exception {
        seed();
        DriveConnector connector = connector(2);
        String cursor = connector.fetch(null).nextCursor();
        drive.clearRequests();

        drive.edit(mine.id(), BOB, now.plusSeconds(60));
        drive.edit(budget.id(), ME, now.plusSeconds(70));
        drive.trash(specs.id(), now.plusSeconds(80));
        drive.remove(shared.id(), now.plusSeconds(90));
        DriveFile fresh = drive.create("Kickoff slides", "application/vnd.google-apps.presentation", ANN,
                now.plusSeconds(100));
        FetchResult changes = connector.fetch(cursor);

        assertThat(changes.items()).extracting(SourceItem::ref).containsExactly(mine.id(), fresh.id());
        assertThat(item(changes, mine.id()).senderName()).isEqualTo("Bob Stone");
        assertThat(changes.closedRefs()).containsExactlyInAnyOrder(specs.id(), shared.id());
        List<Recorded> pages = drive.requests("/drive/v3/changes");
        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(r -> r.query().get("pageToken")).containsExactly("5010", "5012", "5014");
        assertThat(pages.get(0).query().get("fields")).contains("newStartPageToken").contains("file(id,name");
        assertThat(changes.nextCursor()).isEqualTo("{\"v\":1,\"pageToken\":\"5015\"}");
        assertThat(drive.requests("/drive/v3/files")).isEmpty();
    }

    @Test
    void anUnchangedDriveCostsOneRequest() throws Exception {
        seed();
        DriveConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        drive.clearRequests();

        FetchResult again = connector.fetch(cursor);

        assertThat(again.isEmpty()).isTrue();
        assertThat(again.nextCursor()).isEqualTo(cursor);
        assertThat(drive.requests()).hasSize(1);
    }

    @Test
    void aChangePageWithoutEitherTokenIsMalformed() throws Exception {
        seed();
        DriveConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        drive.script(Scripted.of("/drive/v3/changes", 200, Map.of(), "{\"kind\":\"drive#changeList\",\"changes\":[]}"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector.fetch(cursor));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("neither nextPageToken nor newStartPageToken");

        drive.script(Scripted.of("/drive/v3/changes", 200, Map.of(), "{\"changes\":[{\"removed\":false}],"
                + "\"newStartPageToken\":\"9\"}"));
        assertThat(catchThrowableOfType(ConnectorException.class, () -> connector.fetch(cursor)).kind())
                .isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void anExpiredSignInDuringASyncIsRenewedOnce() throws Exception {
        seed();
        DriveConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        rig.auth.invalidateAccessTokens();
        drive.edit(mine.id(), ANN, now.plusSeconds(5));

        FetchResult changes = connector.fetch(cursor);

        assertThat(changes.items()).extracting(SourceItem::ref).containsExactly(mine.id());
        assertThat(rig.auth.tokenForms()).extracting(f -> f.get("grant_type")).containsExactly(
                "authorization_code", "refresh_token");
    }

    @Test
    void testNamesTheAccount() {
        ConnectionCheck check = connector(50).test();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).isEqualTo("Connected to Google Drive as mia@example.com");
    }

    private static SourceItem item(FetchResult result, String ref) {
        return result.items().stream().filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
    }
}
