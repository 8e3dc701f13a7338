package dev.quarterdeck.core.connector;

import dev.quarterdeck.core.task.SourceKind;

/**
 * One connected account of an outside tool (GitHub, Jira, Gmail…) seen through the same small contract, so the
 * ingestion pipeline, the connectors view and {@code --sync} treat every source alike. Implementations read their
 * secrets from a {@link SecretStore} and never put them in messages or logs.
 */
public interface Connector {

    SourceKind kind();

    /** What the user sees, e.g. "GitHub" or "Jira (acme.atlassian.net)". */
    String displayName();

    /** Makes one cheap authenticated call. Never throws: failures come back as a {@link ConnectionCheck}. */
    ConnectionCheck test();

    /**
     * Fetches what changed since {@code cursor} (null on the first sync) and returns it with the cursor for the next
     * call. All or nothing: on any failure this throws and the caller keeps its old cursor and writes nothing.
     */
    FetchResult fetch(String cursor) throws ConnectorException;

    /** Forgets the account's secrets. Calling it twice is harmless. */
    void disconnect();
}
