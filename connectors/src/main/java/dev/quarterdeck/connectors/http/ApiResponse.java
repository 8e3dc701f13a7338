package dev.quarterdeck.connectors.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * A provider's answer: from {@link ApiClient#send} always a usable status (2xx or 304 Not Modified), from
 * {@link ApiClient#exchange} any status, for the caller to read.
 */
public record ApiResponse(int status, HttpHeaders headers, String body, URI uri) {

    public boolean notModified() {
        return status == 304;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
