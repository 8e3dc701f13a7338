package dev.quarterdeck.connectors.fake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local Google Drive API v3, answering like www.googleapis.com/drive/v3: {@code about.get} (which requires
 * {@code fields}), {@code changes.getStartPageToken}, {@code changes.list} (the change log from a page token,
 * one entry per file for its latest change, {@code nextPageToken} or on the last page {@code newStartPageToken}),
 * and {@code files.list} (the {@code modifiedTime > '…'} and {@code trashed = false} query terms, newest first,
 * paged). Like Drive, it returns only {@code kind, id, name, mimeType} of a file unless {@code fields} names more.
 */
public final class FakeDriveServer extends FakeGoogleApi {

    public static final Person ME = new Person("Mia Example", "mia@example.com", true);
    private static final String PREFIX = "/drive/v3/";
    private static final Set<String> DEFAULT_FILE_FIELDS = Set.of("kind", "id", "name", "mimeType");
    private static final Pattern MODIFIED_AFTER = Pattern.compile("modifiedTime > '([^']+)'");

    public record Person(String displayName, String email, boolean me) {

        Map<String, Object> json() {
            return Map.of("kind", "drive#user", "displayName", displayName, "emailAddress", email, "me", me,
                    "permissionId", Integer.toString(Math.abs(email.hashCode())));
        }
    }

    /** A file's metadata. */
    public static final class DriveFile {
        final String id;
        final String name;
        final String mimeType;
        final Person owner;
        final Instant createdTime;
        Instant modifiedTime;
        Person lastModifyingUser;
        Instant sharedWithMeTime;
        Person sharingUser;
        boolean trashed;
        String description;

        DriveFile(String id, String name, String mimeType, Person owner, Instant at) {
            this.id = id;
            this.name = name;
            this.mimeType = mimeType;
            this.owner = owner;
            this.createdTime = at;
            this.modifiedTime = at;
            this.lastModifyingUser = owner;
        }

        public String id() {
            return id;
        }

        public DriveFile description(String text) {
            description = text;
            return this;
        }
    }

    private record Change(long number, String fileId, boolean removed, Instant time) {
    }

    private final Clock clock;
    private final Map<String, DriveFile> files = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private long nextChange = 5_001;
    private int nextFile = 1;

    public FakeDriveServer(FakeGoogleAuthServer auth, Clock clock) {
        super(auth);
        this.clock = clock;
    }

    public synchronized DriveFile create(String name, String mimeType, Person owner, Instant at) {
        String id = "1a2B" + (nextFile++) + "cD3eF4gH5iJ6kL7mN8oP9qR";
        DriveFile file = new DriveFile(id, name, mimeType, owner, at);
        files.put(id, file);
        log(id, false, at);
        return file;
    }

    public synchronized void edit(String id, Person by, Instant at) {
        DriveFile file = files.get(id);
        file.modifiedTime = at;
        file.lastModifyingUser = by;
        log(id, false, at);
    }

    public synchronized void share(String id, Person by, Instant at) {
        DriveFile file = files.get(id);
        file.sharedWithMeTime = at;
        file.sharingUser = by;
        log(id, false, at);
    }

    public synchronized void trash(String id, Instant at) {
        files.get(id).trashed = true;
        log(id, false, at);
    }

    /** Deleted for good, or no longer shared with me: the change says {@code removed: true}. */
    public synchronized void remove(String id, Instant at) {
        files.remove(id);
        log(id, true, at);
    }

    private void log(String fileId, boolean removed, Instant at) {
        changes.removeIf(c -> c.fileId().equals(fileId));
        changes.add(new Change(nextChange++, fileId, removed, at));
    }

    @Override
    protected synchronized Answer get(Recorded request) {
        Map<String, String> q = request.query();
        return switch (request.path().startsWith(PREFIX) ? request.path().substring(PREFIX.length()) : "") {
            case "about" -> q.containsKey("fields")
                    ? Answer.json(200, Map.of("user", ME.json()), Map.of())
                    : error(400, "INVALID_ARGUMENT", "required", "global",
                            "The 'fields' parameter is required for this method.");
            case "changes/startPageToken" -> Answer.json(200, Map.of("kind", "drive#startPageToken",
                    "startPageToken", Long.toString(nextChange)), Map.of());
            case "changes" -> changes(request);
            case "files" -> listFiles(request);
            default -> notFound();
        };
    }

    private Answer changes(Recorded request) {
        Map<String, String> q = request.query();
        long from;
        try {
            from = Long.parseLong(q.getOrDefault("pageToken", ""));
        } catch (NumberFormatException e) {
            return error(400, "INVALID_ARGUMENT", "invalid", "global", "Invalid Value");
        }
        if (from < 1 || from > nextChange) {
            return error(400, "INVALID_ARGUMENT", "invalid", "global", "Invalid Value");
        }
        boolean includeRemoved = !"false".equals(q.get("includeRemoved"));
        List<Change> matching = changes.stream()
                .filter(c -> c.number() >= from)
                .filter(c -> includeRemoved || !c.removed())
                .toList();
        int size = pageSize(q.get("pageSize"), 100, 1000);
        Set<String> fields = fileFields(q.get("fields"), "file");
        List<Map<String, Object>> page = new ArrayList<>();
        for (Change change : matching.subList(0, Math.min(size, matching.size()))) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", "drive#change");
            json.put("changeType", "file");
            json.put("time", rfc3339(change.time()));
            json.put("removed", change.removed());
            json.put("fileId", change.fileId());
            DriveFile file = files.get(change.fileId());
            if (!change.removed() && file != null) {
                json.put("file", fileJson(file, fields));
            }
            page.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "drive#changeList");
        json.put("changes", page);
        if (matching.size() > size) {
            json.put("nextPageToken", Long.toString(matching.get(size).number()));
        } else {
            json.put("newStartPageToken", Long.toString(nextChange));
        }
        return Answer.json(200, json, Map.of());
    }

    private Answer listFiles(Recorded request) {
        Map<String, String> q = request.query();
        Instant modifiedAfter = Instant.MIN;
        boolean hideTrashed = false;
        for (String term : q.getOrDefault("q", "").split(" and ")) {
            String clause = term.strip();
            Matcher m = MODIFIED_AFTER.matcher(clause);
            if (clause.isEmpty()) {
                continue;
            } else if (m.matches()) {
                modifiedAfter = Instant.parse(m.group(1));
            } else if (clause.equals("trashed = false")) {
                hideTrashed = true;
            } else {
                return error(400, "INVALID_ARGUMENT", "invalid", "global", "Invalid Value");
            }
        }
        Instant after = modifiedAfter;
        boolean noTrash = hideTrashed;
        List<DriveFile> matching = files.values().stream()
                .filter(f -> f.modifiedTime.isAfter(after))
                .filter(f -> !noTrash || !f.trashed)
                .sorted(Comparator.comparing((DriveFile f) -> f.modifiedTime).reversed())
                .toList();
        int size = pageSize(q.get("pageSize"), 100, 1000);
        int from = offset(q.get("pageToken"));
        if (from < 0 || from > matching.size()) {
            return error(400, "INVALID_ARGUMENT", "invalid", "global", "Invalid Value");
        }
        int to = Math.min(matching.size(), from + size);
        Set<String> fields = fileFields(q.get("fields"), "files");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "drive#fileList");
        json.put("incompleteSearch", false);
        json.put("files", matching.subList(from, to).stream().map(f -> fileJson(f, fields)).toList());
        if (to < matching.size()) {
            json.put("nextPageToken", "p" + to);
        }
        return Answer.json(200, json, Map.of());
    }

    private Map<String, Object> fileJson(DriveFile f, Set<String> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("kind", "drive#file");
        all.put("id", f.id);
        all.put("name", f.name);
        all.put("mimeType", f.mimeType);
        if (f.description != null) {
            all.put("description", f.description);
        }
        all.put("createdTime", rfc3339(f.createdTime));
        all.put("modifiedTime", rfc3339(f.modifiedTime));
        all.put("webViewLink", "https://docs.google.com/document/d/" + f.id + "/edit?usp=drivesdk");
        all.put("trashed", f.trashed);
        all.put("ownedByMe", f.owner.me());
        if (f.sharedWithMeTime != null) {
            all.put("sharedWithMeTime", rfc3339(f.sharedWithMeTime));
            all.put("sharingUser", f.sharingUser.json());
        }
        all.put("owners", List.of(f.owner.json()));
        all.put("lastModifyingUser", f.lastModifyingUser.json());
        Map<String, Object> selected = new LinkedHashMap<>();
        all.forEach((name, value) -> {
            if (fields.contains(name)) {
                selected.put(name, value);
            }
        });
        return selected;
    }

    /** The top-level names inside {@code key(…)} of a {@code fields} selector, or Drive's default. */
    static Set<String> fileFields(String fields, String key) {
        if (fields == null) {
            return DEFAULT_FILE_FIELDS;
        }
        int at = fields.indexOf(key + "(");
        if (at < 0) {
            return DEFAULT_FILE_FIELDS;
        }
        Set<String> names = new LinkedHashSet<>();
        StringBuilder name = new StringBuilder();
        int depth = 0;
        for (int i = at + key.length() + 1; i < fields.length(); i++) {
            char c = fields.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && c == ',') {
                names.add(name.toString().strip());
                name.setLength(0);
            } else if (depth == 0) {
                name.append(c);
            }
        }
        names.add(name.toString().strip());
        names.add("kind");
        return names;
    }
}
