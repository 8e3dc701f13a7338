package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreJson;
import dev.quarterdeck.core.store.StoreTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes to one project's risk register, and reads back what the audit trail knows about a risk: its score history.
 * Each write is one change in the audit trail, undone with the app's {@link dev.quarterdeck.core.store.Undo}.
 * Synchronous and thread-safe; call it off the UI thread.
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
        return store.write(actor, tx -> add(tx, projectId, draft));
    }

    /** {@link #add(UUID, RiskDraft)} inside the caller's transaction (so it can be undone as one change). */
    public Risk add(StoreTransaction tx, UUID projectId, RiskDraft draft) {
        requireValid(draft.problems(tx.risks().listByProject(projectId), null));
        return tx.insert(draft.toRisk(Ids.newId(), projectId, clock.instant(), 0));
    }

    /** Saves changes to {@code current} (the version the form was opened on). */
    public Risk update(Risk current, RiskDraft draft) {
        return store.write(actor, tx -> update(tx, current, draft));
    }

    /** {@link #update(Risk, RiskDraft)} inside the caller's transaction. */
    public Risk update(StoreTransaction tx, Risk current, RiskDraft draft) {
        requireValid(draft.problems(tx.risks().listByProject(current.projectId()), current.id()));
        return tx.update(draft.toRisk(current.id(), current.projectId(), clock.instant(), current.version()));
    }

    /** Deletes the risk; undo it with {@link dev.quarterdeck.core.store.Undo} like any other change. */
    public void delete(Risk risk) {
        store.write(actor, tx -> {
            tx.delete(risk);
            return null;
        });
    }

    /** The links of every risk of the project, by risk id, in one read. */
    public Map<UUID, List<RiskLink>> links(UUID projectId) {
        Map<UUID, List<RiskLink>> byRisk = new HashMap<>();
        for (RiskLink link : store.riskLinks().listByProject(projectId)) {
            byRisk.computeIfAbsent(link.riskId(), id -> new ArrayList<>()).add(link);
        }
        return byRisk;
    }

    /**
     * Makes the risk's links exactly {@code taskIds} and {@code milestoneIds}, inside the caller's transaction: new
     * ones are added, dropped ones deleted (each audited, so undo reverts them with the risk). They must belong to
     * the risk's project; otherwise {@link InvalidRiskException} and nothing is written.
     */
    public static void relink(StoreTransaction tx, Risk risk, Set<UUID> taskIds, Set<UUID> milestoneIds) {
        List<FieldProblem> problems = new ArrayList<>();
        for (UUID taskId : taskIds) {
            if (tx.tasks().find(taskId).filter(t -> risk.projectId().equals(t.projectId())).isEmpty()) {
                problems.add(new FieldProblem("links", "A linked task is not in this project (any more)"));
            }
        }
        for (UUID milestoneId : milestoneIds) {
            if (tx.milestones().find(milestoneId).filter(m -> m.projectId().equals(risk.projectId())).isEmpty()) {
                problems.add(new FieldProblem("links", "A linked milestone is not in this project (any more)"));
            }
        }
        requireValid(problems);
        Set<UUID> wanted = new HashSet<>(taskIds);
        wanted.addAll(milestoneIds);
        List<RiskLink> current = tx.riskLinks().listByRisk(risk.id());
        for (RiskLink link : current) {
            if (!wanted.remove(link.targetId())) {
                tx.delete(link);
            }
        }
        for (UUID target : wanted) {
            tx.insert(taskIds.contains(target) ? RiskLink.toTask(Ids.newId(), risk.id(), target)
                    : RiskLink.toMilestone(Ids.newId(), risk.id(), target));
        }
    }

    private static void requireValid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRiskException(problems);
        }
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
}
