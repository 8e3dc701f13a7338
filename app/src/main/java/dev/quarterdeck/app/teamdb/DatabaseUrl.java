package dev.quarterdeck.app.teamdb;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A team-mode database URL of the form {@code jdbc:postgresql://host[:port][,host2[:port]]/database[?k=v&...]},
 * checked for shape so that a typo is a usage error at start-up rather than a driver stack trace later.
 *
 * @param url        the URL exactly as given
 * @param hosts      the host list between {@code //} and the database name
 * @param database   the database name
 * @param parameters the decoded query parameters, in their order
 */
public record DatabaseUrl(String url, String hosts, String database, Map<String, String> parameters) {

    static final String PREFIX = "jdbc:postgresql://";

    public DatabaseUrl {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses and checks {@code text}; the exception message is a one-line reason fit for the user. */
    public static DatabaseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the database URL is empty");
        }
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("'" + redact(text) + "' is not a PostgreSQL URL; expected "
                    + PREFIX + "host[:port]/database");
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the database URL must not contain spaces");
        }
        String rest = text.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String location = query < 0 ? rest : rest.substring(0, query);
        int slash = location.indexOf('/');
        if (slash < 0 || slash == location.length() - 1) {
            throw new IllegalArgumentException("the database URL names no database; expected "
                    + PREFIX + "host[:port]/database");
        }
        String hosts = location.substring(0, slash);
        String database = location.substring(slash + 1);
        if (database.contains("/")) {
            throw new IllegalArgumentException("the database name '" + database + "' must not contain '/'");
        }
        for (String host : hosts.split(",", -1)) {
            checkHost(host);
        }
        Map<String, String> parameters = query < 0 ? Map.of() : parseQuery(rest.substring(query + 1));
        return new DatabaseUrl(text, hosts, database, parameters);
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The URL without a {@code password} parameter: safe to print and log. */
    public String redacted() {
        return redact(url);
    }

    @Override
    public String toString() {
        return redacted();
    }

    private static void checkHost(String hostAndPort) {
        if (hostAndPort.isEmpty()) {
            throw new IllegalArgumentException("the database URL names no host; expected "
                    + PREFIX + "host[:port]/database");
        }
        String host = hostAndPort;
        String port = null;
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '[' in host '" + hostAndPort + "'");
            }
            host = hostAndPort.substring(0, close + 1);
            String after = hostAndPort.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new IllegalArgumentException("unexpected '" + after + "' after host " + host);
                }
                port = after.substring(1);
            }
        } else {
            int colon = hostAndPort.lastIndexOf(':');
            if (colon >= 0) {
                host = hostAndPort.substring(0, colon);
                port = hostAndPort.substring(colon + 1);
            }
        }
        if (host.isEmpty() || host.equals("[]")) {
            throw new IllegalArgumentException("empty host name in '" + hostAndPort + "'");
        }
        if (port != null) {
            checkPort(port, hostAndPort);
        }
    }

    private static void checkPort(String port, String hostAndPort) {
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port '" + port + "' of '" + hostAndPort + "' is not a number");
        }
        if (number < 1 || number > 65_535) {
            throw new IllegalArgumentException("port " + number + " of '" + hostAndPort + "' is out of range");
        }
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a database URL parameter has no name");
            }
            try {
                parameters.put(decode(name), decode(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad %-escape in database URL parameter '" + name + "'");
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = java.util.Arrays.stream(url.substring(query + 1).split("&", -1))
                .map(pair -> pair.startsWith("password=") ? "password=***" : pair)
                .collect(Collectors.joining("&"));
        return url.substring(0, query + 1) + kept;
    }
}
