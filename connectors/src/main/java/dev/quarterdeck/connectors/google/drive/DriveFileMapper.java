package dev.quarterdeck.connectors.google.drive;

import com.google.api.client.util.DateTime;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.User;
import dev.quarterdeck.connectors.google.GoogleCalls;
import dev.quarterdeck.connectors.http.Snippets;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Decides which Drive files are work for me and turns them into {@link SourceItem}s. A file counts when someone
 * else changed it last, or when it was recently shared with me; my own edits, folders and files in the trash do
 * not. Ref = the file id, title = its name, sender = whoever changed it (or shared it), URL = its
 * {@code webViewLink}.
 */
final class DriveFileMapper {

    /** The file fields every listing asks for: without {@code fields} Drive returns only id, name and type. */
    static final String FILE_FIELDS = "id,name,mimeType,description,createdTime,modifiedTime,webViewLink,trashed,"
            + "ownedByMe,sharedWithMeTime,owners(displayName,emailAddress,me),"
            + "lastModifyingUser(displayName,emailAddress,me),sharingUser(displayName,emailAddress,me)";
    static final String FOLDER = "application/vnd.google-apps.folder";
    private static final String SERVICE = "Google Drive";

    private DriveFileMapper() {
    }

    static boolean gone(File file) {
        return Boolean.TRUE.equals(file.getTrashed());
    }

    /** Someone else changed it last, or it was shared with me since {@code since}. */
    static boolean relevant(File file, Instant since) {
        if (FOLDER.equals(file.getMimeType()) || gone(file)) {
            return false;
        }
        User editor = file.getLastModifyingUser();
        boolean editedByOthers = editor != null && !Boolean.TRUE.equals(editor.getMe());
        DateTime shared = file.getSharedWithMeTime();
        boolean sharedRecently = !Boolean.TRUE.equals(file.getOwnedByMe()) && shared != null
                && !Instant.ofEpochMilli(shared.getValue()).isBefore(since);
        return editedByOthers || sharedRecently;
    }

    static SourceItem toItem(File file, Instant seenAt, String what) throws ConnectorException {
        String id = file.getId();
        if (id == null || id.isBlank()) {
            throw GoogleCalls.malformed(SERVICE, "a file without an id", what);
        }
        if (file.getName() == null || file.getName().isBlank()) {
            throw GoogleCalls.malformed(SERVICE, "file " + id + " without a name", what);
        }
        User person = person(file);
        String link = file.getWebViewLink() != null ? file.getWebViewLink()
                : "https://drive.google.com/open?id=" + id;
        try {
            return new SourceItem(
                    UUID.nameUUIDFromBytes(("DRIVE:" + id).getBytes(StandardCharsets.UTF_8)),
                    SourceKind.DRIVE,
                    id,
                    Snippets.plain(file.getName(), 500),
                    snippet(file, person),
                    person == null ? null : person.getEmailAddress(),
                    person == null ? null : person.getDisplayName(),
                    time(file.getCreatedTime() != null ? file.getCreatedTime() : file.getModifiedTime(), seenAt),
                    null,
                    null,
                    List.of(),
                    URI.create(link),
                    null,
                    null,
                    null,
                    null,
                    seenAt);
        } catch (IllegalArgumentException e) {
            throw GoogleCalls.malformed(SERVICE, "file " + id + ": " + e.getMessage(), what);
        }
    }

    /** The person behind the change: the last editor if not me, else who shared it, else its owner. */
    private static User person(File file) {
        User editor = file.getLastModifyingUser();
        if (editor != null && !Boolean.TRUE.equals(editor.getMe())) {
            return editor;
        }
        if (file.getSharingUser() != null) {
            return file.getSharingUser();
        }
        return file.getOwners() == null || file.getOwners().isEmpty() ? null : file.getOwners().get(0);
    }

    private static String snippet(File file, User person) {
        String who = person == null ? null
                : person.getDisplayName() != null ? person.getDisplayName() : person.getEmailAddress();
        User editor = file.getLastModifyingUser();
        boolean edited = editor != null && !Boolean.TRUE.equals(editor.getMe());
        String what = who == null ? "" : (edited ? "Changed by " : "Shared by ") + who + ". ";
        String description = file.getDescription() == null ? "" : file.getDescription();
        return Snippets.plain(what + description, 1_000);
    }

    private static Instant time(DateTime time, Instant fallback) {
        return time == null ? fallback : Instant.ofEpochMilli(time.getValue());
    }
}
