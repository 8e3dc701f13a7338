package dev.quarterdeck.connectors.google.drive;

import com.google.api.client.util.DateTime;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.About;
import com.google.api.services.drive.model.Change;
import com.google.api.services.drive.model.ChangeList;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;
import com.google.api.services.drive.model.StartPageToken;
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
import java.time.Duration;
import java.time.Instant;
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
 * Google Drive metadata, read-only. The first sync takes {@code changes.getStartPageToken} (before anything else, so
 * nothing that changes meanwhile is missed) and lists the files modified in the last two weeks that someone else
 * edited or shared with me; later syncs follow {@code changes.list} from the saved token through every page to its
 * {@code newStartPageToken}. Files removed, trashed or no longer visible come back as closed refs.
 */
public final class DriveConnector implements Connector {

    static final String SERVICE = "Google Drive";
    static final String CURSOR_FIELD = "pageToken";
    static final Duration RECENT = Duration.ofDays(14);
    private static final Logger log = LoggerFactory.getLogger(DriveConnector.class);

    private final GoogleApiConfig config;
    private final GoogleCalls calls;
    private final Clock clock;

    public DriveConnector(GoogleApiConfig config, GoogleCalls calls, Clock clock) {
        this.config = config;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.DRIVE;
    }

    @Override
    public String displayName() {
        return "Google Drive";
    }

    @Override
    public ConnectionCheck test() {
        try {
            About about = calls.execute(drive().about().get().setFields("user(displayName,emailAddress)"));
            String who = about.getUser() == null ? null
                    : about.getUser().getEmailAddress() != null ? about.getUser().getEmailAddress()
                    : about.getUser().getDisplayName();
            return ConnectionCheck.ok(who == null ? "Connected to Google Drive" : "Connected to Google Drive as "
                    + who);
        } catch (ConnectorException e) {
            return ConnectionCheck.failed(e);
        } catch (IOException e) {
            return ConnectionCheck.failed(buildFailed(e));
        }
    }

    @Override
    public FetchResult fetch(String cursor) throws ConnectorException {
        Drive drive = drive();
        Instant seenAt = clock.instant();
        Optional<String> pageToken = GoogleCursor.read(cursor, CURSOR_FIELD);
        try {
            return pageToken.isPresent() ? changes(drive, pageToken.get(), seenAt) : firstSync(drive, seenAt);
        } catch (IOException e) {
            throw buildFailed(e);
        }
    }

    @Override
    public void disconnect() {
        calls.authorization().signOut();
    }

    private FetchResult firstSync(Drive drive, Instant seenAt) throws ConnectorException, IOException {
        StartPageToken start = calls.execute(drive.changes().getStartPageToken());
        if (start.getStartPageToken() == null || start.getStartPageToken().isBlank()) {
            throw GoogleCalls.malformed(SERVICE, "no startPageToken", "changes.getStartPageToken");
        }
        Instant since = seenAt.minus(RECENT);
        List<SourceItem> items = new ArrayList<>();
        String pageToken = null;
        Set<String> seenTokens = new LinkedHashSet<>();
        do {
            Drive.Files.List list = drive.files().list()
                    .setQ("modifiedTime > '" + new DateTime(since.toEpochMilli()).toStringRfc3339()
                            + "' and trashed = false")
                    .setOrderBy("modifiedTime desc")
                    .setPageSize(config.pageSize())
                    .setSpaces("drive")
                    .setFields("nextPageToken,files(" + DriveFileMapper.FILE_FIELDS + ")")
                    .setPageToken(pageToken);
            FileList page = calls.execute(list);
            for (File file : page.getFiles() == null ? List.<File>of() : page.getFiles()) {
                if (DriveFileMapper.relevant(file, since)) {
                    items.add(DriveFileMapper.toItem(file, seenAt, "files.list"));
                }
            }
            pageToken = GoogleCalls.nextPage(SERVICE, page.getNextPageToken(), seenTokens, "files.list");
        } while (pageToken != null);
        log.debug("Google Drive first sync: {} recent files", items.size());
        return new FetchResult(items, List.of(), GoogleCursor.write(CURSOR_FIELD, start.getStartPageToken()));
    }

    private FetchResult changes(Drive drive, String startToken, Instant seenAt)
            throws ConnectorException, IOException {
        Instant since = seenAt.minus(RECENT);
        Map<String, SourceItem> items = new LinkedHashMap<>();
        Set<String> closed = new LinkedHashSet<>();
        Set<String> seenTokens = new LinkedHashSet<>();
        seenTokens.add(startToken);
        String pageToken = startToken;
        String newStartToken = null;
        int changeCount = 0;
        while (newStartToken == null) {
            Drive.Changes.List list = drive.changes().list(pageToken)
                    .setPageSize(config.pageSize())
                    .setIncludeRemoved(true)
                    .setSpaces("drive")
                    .setFields("nextPageToken,newStartPageToken,changes(changeType,time,removed,fileId,file("
                            + DriveFileMapper.FILE_FIELDS + "))");
            ChangeList page = calls.execute(list);
            for (Change change : page.getChanges() == null ? List.<Change>of() : page.getChanges()) {
                changeCount++;
                if (change.getChangeType() != null && !"file".equals(change.getChangeType())) {
                    continue;
                }
                String fileId = change.getFileId() != null ? change.getFileId()
                        : change.getFile() == null ? null : change.getFile().getId();
                if (fileId == null) {
                    throw GoogleCalls.malformed(SERVICE, "a change without a file id", "changes.list");
                }
                if (Boolean.TRUE.equals(change.getRemoved()) || change.getFile() == null
                        || DriveFileMapper.gone(change.getFile())) {
                    items.remove(fileId);
                    closed.add(fileId);
                } else if (DriveFileMapper.relevant(change.getFile(), since)) {
                    closed.remove(fileId);
                    items.put(fileId, DriveFileMapper.toItem(change.getFile(), seenAt, "changes.list"));
                }
            }
            if (page.getNewStartPageToken() != null && !page.getNewStartPageToken().isBlank()) {
                newStartToken = page.getNewStartPageToken();
            } else {
                pageToken = GoogleCalls.nextPage(SERVICE, page.getNextPageToken(), seenTokens, "changes.list");
                if (pageToken == null) {
                    throw GoogleCalls.malformed(SERVICE, "a page with neither nextPageToken nor "
                            + "newStartPageToken", "changes.list");
                }
            }
        }
        log.debug("Google Drive changes: {} changes, {} items, {} closed", changeCount, items.size(),
                closed.size());
        return new FetchResult(new ArrayList<>(items.values()), new ArrayList<>(closed),
                GoogleCursor.write(CURSOR_FIELD, newStartToken));
    }

    private Drive drive() throws ConnectorException {
        return new Drive.Builder(calls.authorization().transport(), calls.authorization().jsonFactory(),
                calls.requestInitializer())
                .setRootUrl(config.rootUrl().toString())
                .setApplicationName("Quarterdeck")
                .build();
    }

    private static ConnectorException buildFailed(IOException e) {
        return new ConnectorException(Kind.REJECTED, "Google Drive request could not be built: "
                + e.getClass().getSimpleName());
    }
}
