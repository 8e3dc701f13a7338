package dev.quarterdeck.core.portability;

/**
 * What an import of a JSON export does with records that the store already holds. An empty store has no
 * conflicts, so the policy only matters for a store with data in it.
 */
public enum ConflictPolicy {
    /** Refuse to import into a store that is not empty: the caller has to ask the user first. */
    ASK,
    /** Records with the same ID replace the stored ones; new ones are added. */
    MERGE,
    /**
     * Stored records win: records whose ID is already stored, or whose unique key (project code, risk key,
     * source reference, link) another stored record holds, are left out together with what depends on them.
     */
    SKIP_CONFLICTS
}
