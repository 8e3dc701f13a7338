package dev.quarterdeck.connectors.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** A provider's answer with a usable status (2xx or 304 Not Modified). */
public record ApiResponse(int status, HttpHeaders headers, String body, URI uri) {

    public boolean notModified() {
        return status == 304;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
