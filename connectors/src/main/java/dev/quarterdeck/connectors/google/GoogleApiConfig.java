package dev.quarterdeck.connectors.google;

import com.google.api.services.calendar.Calendar;
import com.google.api.services.drive.Drive;
import com.google.api.services.gmail.Gmail;
import java.net.URI;

/**
 * Where one Google API lives and how many entries to ask for per page. The root is the generated client's
 * default ({@code https://gmail.googleapis.com/}, {@code https://www.googleapis.com/}) or, in tests, a local
 * server: the clients append their own service path ({@code gmail/v1/users/…}, {@code calendar/v3/…},
 * {@code drive/v3/…}).
 */
public record GoogleApiConfig(URI rootUrl, int pageSize) {

    public GoogleApiConfig {
        if (rootUrl == null || rootUrl.getHost() == null) {
            throw new IllegalArgumentException("rootUrl must be an absolute URL");
        }
        String text = rootUrl.toString();
        rootUrl = URI.create(text.endsWith("/") ? text : text + "/");
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("pageSize must be between 1 and 500");
        }
    }

    public static GoogleApiConfig gmail() {
        return new GoogleApiConfig(URI.create(Gmail.DEFAULT_ROOT_URL), 100);
    }

    public static GoogleApiConfig calendar() {
        return new GoogleApiConfig(URI.create(Calendar.DEFAULT_ROOT_URL), 250);
    }

    public static GoogleApiConfig drive() {
        return new GoogleApiConfig(URI.create(Drive.DEFAULT_ROOT_URL), 100);
    }
}
