package dev.quarterdeck.connectors.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces known secret strings with {@code ***} in text that may reach a log line or an exception message (a
 * provider's error message, an I/O error), as a last line of defence behind never formatting secrets at all.
 */
public final class Redactor {

    public static final Redactor NONE = new Redactor(List.of());
    private static final String MASK = "***";

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** Blank values are ignored. */
    public static Redactor of(String... secrets) {
        List<String> kept = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                kept.add(secret);
            }
        }
        kept.sort((a, b) -> b.length() - a.length());
        return new Redactor(List.copyOf(kept));
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    @Override
    public String toString() {
        return "Redactor[" + secrets.size() + " secrets]";
    }
}
