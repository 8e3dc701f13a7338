package dev.quarterdeck.core.store;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What the audited writer needs to know about one kind of record: how to find, insert, update and delete its
 * row, how to name it in messages and audit events, and which project it belongs to.
 *
 * @param entityType  the audit entity type, the record's simple class name
 * @param noun        how messages name the kind ("Budget line")
 * @param version     the record's optimistic-lock version, or null when the record has none
 * @param update      null when a record of this kind never changes (it is only inserted and deleted)
 */
record Table<T, W>(
        String entityType,
        String noun,
        Class<W> rowsType,
        Function<T, UUID> entityId,
        Function<T, String> label,
        ToLongFunction<T> version,
        Finder<W, T> find,
        Inserter<W, T> insert,
        Changer<W, T> update,
        Changer<W, T> delete,
        ProjectOf<T> projectOf) {

    boolean isVersioned() {
        return version != null;
    }

    long versionOf(T record) {
        return version == null ? 0 : version.applyAsLong(record);
    }

    @FunctionalInterface
    interface Finder<W, T> {
        /** The stored row with the same key as {@code record}. */
        Optional<T> find(W rows, T record);
    }

    @FunctionalInterface
    interface Inserter<W, T> {
        void insert(W rows, T record);
    }

    @FunctionalInterface
    interface Changer<W, T> {
        /** Updates or deletes the row if it still has {@code expectedVersion}; returns the number of rows changed. */
        int apply(W rows, T record, long expectedVersion);
    }

    @FunctionalInterface
    interface ProjectOf<T> {
        /** The project the record belongs to, for the audit event; null when it belongs to none. */
        UUID projectOf(StoreReader reader, T record);
    }
}
