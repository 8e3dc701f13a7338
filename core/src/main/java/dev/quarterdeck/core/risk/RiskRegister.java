package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreJson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes to one project's risk register, and reads back what the audit trail knows about a risk: its score history
 * and the last change, which {@link #undo} reverts. Synchronous and thread-safe; call it off the UI thread.
 *
 * <p>Undo here is a restore from the audit trail for risks only: a create is undone by deleting the risk, an update
 * by writing the before state back, a delete by inserting the deleted record again (same id and key). Each undo is
 * itself audited, so it survives a restart and shows in the activity log.
 */
public final class RiskRegister {

    private final Store store;
    private final Clock clock;
    private final Actor actor;

    public RiskRegister(Store store, Clock clock, Actor actor) {
        this.store = Require.present(store, "store");
        this.clock = Require.present(clock, "clock");
        this.actor = Require.present(actor, "actor");
    }

    /** The project's risks in key order. */
    public List<Risk> list(UUID projectId) {
        return store.risks().listByProject(projectId);
    }

    /** The next free key: one above the highest number used in the project, R-001 for the first. */
    public String nextKey(UUID projectId) {
        return nextKey(list(projectId));
    }

    public static String nextKey(List<Risk> register) {
        int highest = register.stream().mapToInt(r -> Integer.parseInt(r.key().substring(2))).max().orElse(0);
        return Risk.keyFor(highest + 1);
    }

    /** Saves a new risk; throws {@link InvalidRiskException} with every reason when the draft has problems. */
    public Risk add(UUID projectId, RiskDraft draft) {
        return store.write(actor, tx -> {
            List<FieldProblem> problems = draft.problems(tx.risks().listByProject(projectId), null);
            if (!problems.isEmpty()) {
                throw new InvalidRiskException(problems);
            }
            return tx.insert(draft.toRisk(Ids.newId(), projectId, clock.instant(), 0));
        });
    }

    /** Saves changes to {@code current} (the version the form was opened on). */
    public Risk update(Risk current, RiskDraft draft) {
        return store.write(actor, tx -> {
            List<FieldProblem> problems = draft.problems(tx.risks().listByProject(current.projectId()), current.id());
            if (!problems.isEmpty()) {
                throw new InvalidRiskException(problems);
            }
            return tx.update(draft.toRisk(current.id(), current.projectId(), clock.instant(), current.version()));
        });
    }

    public void delete(Risk risk) {
        store.write(actor, tx -> {
            tx.delete(risk);
            return null;
        });
    }

    /** The newest audit event of the risk with this id, the change {@link #undo} would revert. */
    public Optional<AuditEvent> lastChange(UUID riskId) {
        List<AuditEvent> events = store.audit().listForEntity(riskId);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /**
     * Reverts {@code change}, which must still be the risk's newest change (else {@link IllegalStateException}:
     * someone changed it since, and undoing would throw their change away). Returns what was done, for a snackbar.
     */
    public String undo(AuditEvent change) {
        Require.present(change, "change");
        if (!"Risk".equals(change.entityType())) {
            throw new IllegalArgumentException("not a risk change: " + change.entityType());
        }
        return store.write(actor, tx -> {
            List<AuditEvent> events = tx.audit().listForEntity(change.entityId());
            if (events.isEmpty() || events.get(events.size() - 1).sequence() != change.sequence()) {
                throw new IllegalStateException("The risk changed again since; undo that change first");
            }
            Optional<Risk> stored = tx.risks().find(change.entityId());
            switch (change.action()) {
                case CREATE -> {
                    Risk risk = stored.orElseThrow();
                    tx.delete(risk);
                    return "Removed " + risk.key() + " again";
                }
                case UPDATE -> {
                    Risk before = StoreJson.read(change.beforeJson(), Risk.class);
                    Risk current = stored.orElseThrow();
                    tx.update(withVersion(before, current.version()));
                    return "Restored the previous version of " + before.key();
                }
                case DELETE -> {
                    Risk before = StoreJson.read(change.beforeJson(), Risk.class);
                    if (tx.risks().listByProject(before.projectId()).stream()
                            .anyMatch(r -> r.key().equals(before.key()))) {
                        throw new IllegalStateException(before.key() + " has been used again since the delete");
                    }
                    tx.insert(withVersion(before, 0));
                    return "Restored " + before.key();
                }
                default -> throw new IllegalStateException("unknown action " + change.action());
            }
        });
    }

    /**
     * The risk's ratings as the audit trail recorded them, oldest first, dated in the clock's zone: one point per
     * create or update (so an edit that left the rating alone repeats it; {@link RiskTrend} looks past repeats).
     */
    public List<RiskScorePoint> history(UUID riskId) {
        List<RiskScorePoint> points = new ArrayList<>();
        for (AuditEvent event : store.audit().listForEntity(riskId)) {
            if (event.afterJson() != null) {
                points.add(point(event));
            }
        }
        return List.copyOf(points);
    }

    /** The score history of every risk of the project, in one read of the audit trail (see {@link #history}). */
    public Map<UUID, List<RiskScorePoint>> histories(UUID projectId) {
        Map<UUID, List<RiskScorePoint>> histories = new HashMap<>();
        for (AuditEvent event : store.audit().listForProjectAndType(projectId, "Risk")) {
            if (event.afterJson() != null) {
                histories.computeIfAbsent(event.entityId(), id -> new ArrayList<>()).add(point(event));
            }
        }
        return histories;
    }

    private RiskScorePoint point(AuditEvent event) {
        Risk risk = StoreJson.read(event.afterJson(), Risk.class);
        return new RiskScorePoint(LocalDate.ofInstant(event.at(), clock.getZone()), risk.likelihood(), risk.impact());
    }

    private static Risk withVersion(Risk r, long version) {
        return new Risk(r.id(), r.projectId(), r.key(), r.title(), r.description(), r.category(), r.likelihood(),
                r.impact(), r.owner(), r.mitigation(), r.contingency(), r.status(), r.identified(), r.nextReview(),
                r.closed(), r.updatedAt(), version);
    }
}
