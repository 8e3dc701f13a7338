package dev.quarterdeck.connectors.http;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers as GitHub sends them: {@code <url>; rel="next", <url>; rel="last"}. */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,<]*)*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

    private LinkHeader() {
    }

    public static Optional<URI> next(String header) {
        return find(header, "next");
    }

    public static Optional<URI> find(String header, String relation) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            Matcher rel = REL.matcher(link.group(2));
            if (rel.find()) {
                for (String value : rel.group(1).strip().split("\\s+")) {
                    if (value.toLowerCase(Locale.ROOT).equals(relation)) {
                        return Optional.of(URI.create(link.group(1).strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
