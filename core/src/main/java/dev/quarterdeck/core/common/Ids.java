package dev.quarterdeck.core.common;

import java.util.UUID;

/** Identifiers are UUIDs made in Java, so records are complete before they are stored and merge by ID on import. */
public final class Ids {

    private Ids() {
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }
}
