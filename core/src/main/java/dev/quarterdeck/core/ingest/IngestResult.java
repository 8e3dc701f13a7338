package dev.quarterdeck.core.ingest;

/**
 * What one ingestion did: tasks created (duplicates included), items that changed a stored one, items that said
 * nothing new, items recognised as the same work as another task (their task is closed as a duplicate and
 * linked to the kept one), links made, and tasks closed because their item was closed upstream.
 */
public record IngestResult(int created, int updated, int unchanged, int duplicates, int linked, int closed) {

    public static final IngestResult NOTHING = new IngestResult(0, 0, 0, 0, 0, 0);

    public boolean changedNothing() {
        return created == 0 && updated == 0 && linked == 0 && closed == 0;
    }

    public IngestResult plus(IngestResult other) {
        return new IngestResult(created + other.created, updated + other.updated, unchanged + other.unchanged,
                duplicates + other.duplicates, linked + other.linked, closed + other.closed);
    }

    /** "12 created, 3 updated, 40 unchanged, 2 duplicates, 5 linked, 1 closed". */
    public String describe() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + duplicates
                + (duplicates == 1 ? " duplicate, " : " duplicates, ") + linked + " linked, " + closed + " closed";
    }
}
