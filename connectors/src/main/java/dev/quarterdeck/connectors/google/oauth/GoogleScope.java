package dev.quarterdeck.connectors.google.oauth;

import com.google.api.services.calendar.CalendarScopes;
import com.google.api.services.drive.DriveScopes;
import com.google.api.services.gmail.GmailScopes;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The read-only permissions Quarterdeck asks Google for, one per connector. {@code gmail.readonly} rather than
 * {@code gmail.metadata}, because the metadata scope forbids the {@code q} search of the full sync;
 * {@code calendar.readonly} rather than {@code calendar.events.readonly}, which cannot read the primary calendar.
 */
public enum GoogleScope {
    GMAIL(GmailScopes.GMAIL_READONLY, "read your Gmail messages"),
    CALENDAR(CalendarScopes.CALENDAR_READONLY, "see your Google Calendar events"),
    DRIVE(DriveScopes.DRIVE_METADATA_READONLY, "see the names and changes of your Google Drive files");

    private final String url;
    private final String description;

    GoogleScope(String url, String description) {
        this.url = url;
        this.description = description;
    }

    public String url() {
        return url;
    }

    /** What the permission allows, as Google's consent page says it, e.g. "read your Gmail messages". */
    public String description() {
        return description;
    }

    public static List<String> urls(Set<GoogleScope> scopes) {
        return scopes.stream().map(GoogleScope::url).sorted().toList();
    }

    /**
     * The scopes named in a token response's space-separated {@code scope} field; unknown ones are ignored. A missing
     * field means "exactly what was asked" (RFC 6749, section 5.1).
     */
    public static Set<GoogleScope> granted(String scopeField, Set<GoogleScope> requested) {
        if (scopeField == null || scopeField.isBlank()) {
            return requested.isEmpty() ? EnumSet.noneOf(GoogleScope.class) : EnumSet.copyOf(requested);
        }
        Set<String> named = Set.copyOf(Arrays.asList(scopeField.strip().split("\\s+")));
        Set<GoogleScope> granted = EnumSet.noneOf(GoogleScope.class);
        for (GoogleScope scope : values()) {
            if (named.contains(scope.url)) {
                granted.add(scope);
            }
        }
        return granted;
    }
}
