package dev.quarterdeck.core.store;

/** What {@link Store#importSnapshot} did: records inserted, stored records replaced, records already equal. */
public record ImportResult(int created, int updated, int unchanged) {

    public int total() {
        return created + updated + unchanged;
    }
}
