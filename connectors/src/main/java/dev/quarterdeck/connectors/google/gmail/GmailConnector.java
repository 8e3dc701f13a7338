package dev.quarterdeck.connectors.google.gmail;

import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.HistoryMessageAdded;
import com.google.api.services.gmail.model.HistoryMessageDeleted;
import com.google.api.services.gmail.model.ListHistoryResponse;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.Profile;
import dev.quarterdeck.connectors.google.GoogleApiConfig;
import dev.quarterdeck.connectors.google.GoogleCalls;
import dev.quarterdeck.connectors.google.GoogleCursor;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.Connector;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.FetchResult;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gmail, read-only. The first sync lists the last two weeks' mail outside Promotions
 * ({@code messages.list q=newer_than:14d -category:promotions}, every page) after noting the mailbox's current
 * {@code historyId} ({@code users.getProfile}); later syncs ask {@code users.history.list} for what was added or
 * deleted since that id, so an unchanged mailbox costs one request. A history id Gmail no longer keeps (404) means a
 * full sync again. Every new message is read with {@code format=metadata} and only the headers it needs; deleted
 * messages come back as closed refs.
 */
public final class GmailConnector implements Connector {

    static final String SERVICE = "Gmail";
    static final String FULL_SYNC_QUERY = "newer_than:14d -category:promotions";
    static final String CURSOR_FIELD = "historyId";
    private static final String ME = "me";
    private static final Logger log = LoggerFactory.getLogger(GmailConnector.class);

    private final GoogleApiConfig config;
    private final GoogleCalls calls;
    private final Clock clock;

    public GmailConnector(GoogleApiConfig config, GoogleCalls calls, Clock clock) {
        this.config = config;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.GMAIL;
    }

    @Override
    public String displayName() {
        return "Gmail";
    }

    @Override
    public ConnectionCheck test() {
        try {
            Profile profile = calls.execute(gmail().users().getProfile(ME));
            String address = profile.getEmailAddress();
            return ConnectionCheck.ok(address == null ? "Connected to Gmail" : "Connected to Gmail as " + address);
        } catch (ConnectorException e) {
            return ConnectionCheck.failed(e);
        } catch (IOException e) {
            return ConnectionCheck.failed(buildFailed(e));
        }
    }

    @Override
    public FetchResult fetch(String cursor) throws ConnectorException {
        Gmail gmail = gmail();
        Instant seenAt = clock.instant();
        Optional<BigInteger> since = GoogleCursor.read(cursor, CURSOR_FIELD).flatMap(GmailConnector::number);
        try {
            if (since.isPresent()) {
                Optional<FetchResult> changes = changesSince(gmail, since.get(), seenAt);
                if (changes.isPresent()) {
                    return changes.get();
                }
                log.info("Gmail no longer has history {}; doing a full sync", since.get());
            }
            return fullSync(gmail, seenAt);
        } catch (IOException e) {
            throw buildFailed(e);
        }
    }

    @Override
    public void disconnect() {
        calls.authorization().signOut();
    }

    private FetchResult fullSync(Gmail gmail, Instant seenAt) throws ConnectorException, IOException {
        // The history id comes first, so mail that arrives while we list is picked up by the next sync.
        Profile profile = calls.execute(gmail.users().getProfile(ME));
        BigInteger historyId = profile.getHistoryId();
        if (historyId == null) {
            throw GoogleCalls.malformed(SERVICE, "a profile without historyId", "users.getProfile");
        }
        Set<String> ids = new LinkedHashSet<>();
        String pageToken = null;
        Set<String> seenTokens = new LinkedHashSet<>();
        do {
            Gmail.Users.Messages.List list = gmail.users().messages().list(ME)
                    .setQ(FULL_SYNC_QUERY)
                    .setMaxResults((long) config.pageSize())
                    .setPageToken(pageToken);
            ListMessagesResponse page = calls.execute(list);
            if (page.getMessages() != null) {
                for (Message message : page.getMessages()) {
                    if (message.getId() == null) {
                        throw GoogleCalls.malformed(SERVICE, "a listed message without an id", "messages.list");
                    }
                    ids.add(message.getId());
                }
            }
            pageToken = GoogleCalls.nextPage(SERVICE, page.getNextPageToken(), seenTokens, "messages.list");
        } while (pageToken != null);
        List<SourceItem> items = read(gmail, ids, seenAt);
        log.debug("Gmail full sync: {} messages listed, {} items", ids.size(), items.size());
        return new FetchResult(items, List.of(), GoogleCursor.write(CURSOR_FIELD, historyId.toString()));
    }

    /** What changed since {@code since}, or empty when Gmail no longer keeps that history (404). */
    private Optional<FetchResult> changesSince(Gmail gmail, BigInteger since, Instant seenAt)
            throws ConnectorException, IOException {
        Set<String> added = new LinkedHashSet<>();
        Set<String> deleted = new LinkedHashSet<>();
        BigInteger newest = since;
        String pageToken = null;
        Set<String> seenTokens = new LinkedHashSet<>();
        do {
            Gmail.Users.History.List list = gmail.users().history().list(ME)
                    .setStartHistoryId(since)
                    .setHistoryTypes(List.of("messageAdded", "messageDeleted"))
                    .setMaxResults((long) config.pageSize())
                    .setPageToken(pageToken);
            Optional<ListHistoryResponse> answer = calls.executeUnless(404, list);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            ListHistoryResponse page = answer.get();
            if (page.getHistoryId() == null) {
                throw GoogleCalls.malformed(SERVICE, "a history page without historyId", "history.list");
            }
            newest = newest.max(page.getHistoryId());
            for (History history : page.getHistory() == null ? List.<History>of() : page.getHistory()) {
                for (HistoryMessageAdded entry : orEmpty(history.getMessagesAdded())) {
                    String id = messageId(entry.getMessage());
                    deleted.remove(id);
                    added.add(id);
                }
                for (HistoryMessageDeleted entry : orEmpty(history.getMessagesDeleted())) {
                    String id = messageId(entry.getMessage());
                    added.remove(id);
                    deleted.add(id);
                }
            }
            pageToken = GoogleCalls.nextPage(SERVICE, page.getNextPageToken(), seenTokens, "history.list");
        } while (pageToken != null);
        List<SourceItem> items = read(gmail, added, seenAt);
        log.debug("Gmail history since {}: {} added, {} deleted, {} items", since, added.size(), deleted.size(),
                items.size());
        return Optional.of(new FetchResult(items, new ArrayList<>(deleted),
                GoogleCursor.write(CURSOR_FIELD, newest.toString())));
    }

    private List<SourceItem> read(Gmail gmail, Set<String> ids, Instant seenAt)
            throws ConnectorException, IOException {
        List<SourceItem> items = new ArrayList<>();
        for (String id : ids) {
            Gmail.Users.Messages.Get get = gmail.users().messages().get(ME, id)
                    .setFormat("metadata")
                    .setMetadataHeaders(GmailMessageMapper.HEADERS);
            // A message deleted between the listing and now is simply gone.
            Optional<Message> message = calls.executeUnless(404, get);
            if (message.isPresent() && !GmailMessageMapper.ignored(message.get())) {
                items.add(GmailMessageMapper.toItem(message.get(), seenAt, "messages.get"));
            }
        }
        return items;
    }

    private Gmail gmail() throws ConnectorException {
        return new Gmail.Builder(calls.authorization().transport(), calls.authorization().jsonFactory(),
                calls.requestInitializer())
                .setRootUrl(config.rootUrl().toString())
                .setApplicationName("Quarterdeck")
                .build();
    }

    private static String messageId(Message message) throws ConnectorException {
        if (message == null || message.getId() == null || message.getId().isBlank()) {
            throw GoogleCalls.malformed(SERVICE, "a history entry without a message id", "history.list");
        }
        return message.getId();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Optional<BigInteger> number(String text) {
        try {
            BigInteger value = new BigInteger(text);
            return value.signum() > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Building a request failed before anything was sent (a URL the client rejects). */
    private static ConnectorException buildFailed(IOException e) {
        return new ConnectorException(ConnectorException.Kind.REJECTED, "Gmail request could not be built: "
                + e.getClass().getSimpleName());
    }
}
