package dev.quarterdeck.connectors.ollama;

import java.util.Collection;
import java.util.Locale;

/** Ollama's model names: {@code llama3.1} means {@code llama3.1:latest}; names are matched without regard to case. */
final class ModelNames {

    private static final String DEFAULT_TAG = ":latest";

    private ModelNames() {
    }

    static boolean installed(String configured, Collection<String> installed) {
        String wanted = canonical(configured);
        return installed.stream().anyMatch(name -> canonical(name).equals(wanted));
    }

    static String canonical(String name) {
        String stripped = name.strip().toLowerCase(Locale.ROOT);
        int lastSlash = stripped.lastIndexOf('/');
        return stripped.indexOf(':', lastSlash + 1) < 0 ? stripped + DEFAULT_TAG : stripped;
    }
}
