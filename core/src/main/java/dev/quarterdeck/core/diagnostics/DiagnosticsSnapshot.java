package dev.quarterdeck.core.diagnostics;

import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.store.Store;
import java.time.Instant;
import java.util.List;

/**
 * What the Diagnostics view and archive show from the store: the latest agent runs (duration, tokens,
 * outcome, error), every connector account (status, last sync, item count, last error), and the sync history —
 * the latest changes connectors made, from the audit trail.
 */
public record DiagnosticsSnapshot(String store, Instant lastOpenedAt, long openCount, List<AgentRun> agentRuns,
        List<ConnectorAccount> connectors, List<AuditEvent> syncHistory) {

    public DiagnosticsSnapshot {
        agentRuns = List.copyOf(agentRuns);
        connectors = List.copyOf(connectors);
        syncHistory = List.copyOf(syncHistory);
    }

    /** Reads up to {@code limit} agent runs and sync events. */
    public static DiagnosticsSnapshot read(Store store, int limit) {
        Store.OpenStats stats = store.openStats();
        List<AuditEvent> sync = store.audit().latest(limit * 10).stream()
                .filter(event -> event.actor().kind() == Actor.Kind.CONNECTOR).limit(limit).toList();
        return new DiagnosticsSnapshot(store.config().describe(), stats.lastOpenedAt(), stats.openCount(),
                store.agentRuns().latest(limit), store.connectorAccounts().list(), sync);
    }

    /** Plain text for the archive, one line per record. Secrets are never in these records; redact anyway. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Store: ").append(store).append(" (opened ").append(openCount).append(" times, last ")
                .append(lastOpenedAt).append(")\n\nConnectors\n");
        if (connectors.isEmpty()) {
            text.append("  none connected\n");
        }
        for (ConnectorAccount account : connectors) {
            text.append("  ").append(account.kind()).append(' ').append(account.displayName()).append(": ")
                    .append(account.status()).append(", last sync ").append(account.lastSync() == null ? "never"
                            : account.lastSync()).append(", ").append(account.itemCount()).append(" items")
                    .append(account.lastError() == null ? "" : ", last error: " + account.lastError()).append('\n');
        }
        text.append("\nAgent runs (latest first)\n");
        if (agentRuns.isEmpty()) {
            text.append("  none yet\n");
        }
        for (AgentRun run : agentRuns) {
            text.append("  ").append(run.startedAt()).append(' ').append(run.agent()).append(" (")
                    .append(run.model()).append("): ").append(run.duration().toMillis()).append(" ms, ")
                    .append(run.tokens()).append(" tokens, ").append(run.proposals()).append(" proposals, ")
                    .append(run.outcome()).append(run.error() == null ? "" : ", error: " + run.error()).append('\n');
        }
        text.append("\nSync history (latest changes by connectors)\n");
        if (syncHistory.isEmpty()) {
            text.append("  none yet\n");
        }
        for (AuditEvent event : syncHistory) {
            text.append("  ").append(event.at()).append(' ').append(event.actor().name()).append(' ')
                    .append(event.action()).append(' ').append(event.entityType()).append(' ')
                    .append(event.entityId()).append('\n');
        }
        return Redaction.text(text.toString());
    }
}
