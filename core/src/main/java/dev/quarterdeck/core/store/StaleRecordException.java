package dev.quarterdeck.core.store;

/**
 * An update or delete was based on a version of the record that is no longer the stored one (someone else
 * changed or deleted it since it was read). Nothing was written; the caller should reload and try again.
 */
public class StaleRecordException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StaleRecordException(String message) {
        super(message);
    }

    static StaleRecordException changed(String entityType, String label) {
        return new StaleRecordException(entityType + " '" + label + "' was changed elsewhere; reload and try again");
    }

    static StaleRecordException deleted(String entityType, String label) {
        return new StaleRecordException(entityType + " '" + label + "' was deleted elsewhere; reload and try again");
    }
}
