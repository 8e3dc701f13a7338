package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.agent.PreferenceSignal.Decision;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.StaleRecordException;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreTransaction;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only writer for agent work. Each decision on a proposal is one store transaction:
 * <ul>
 * <li><b>approve</b> (or <b>edit, then approve</b>) applies the payload as the proposing agent
 * ({@code Actor.agent(name)}), marks the proposal APPROVED (EDITED_AND_APPROVED, with the edited payload), writes an
 * {@link ExecutionLog} and a {@link PreferenceSignal};</li>
 * <li><b>reject</b> marks it REJECTED and writes a signal, as the user;</li>
 * <li><b>undo</b> puts every record the approval wrote back to its state before, read from the audit trail, marks
 * the log undone and the proposal UNDONE, as the user. It refuses when a record has changed since.</li>
 * </ul>
 * A proposal the workspace no longer fits is refused ({@link ProposalRefused}) and nothing is written.
 *
 * <p>The signals carry the proposal's source — the {@link SourceKind} of the item or task it is about — so that the
 * {@link PreferenceModel} learns both which kinds the user wants and which sources they keep turning down.
 */
public final class ProposalExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalExecutor.class);

    private final Store store;
    private final Clock clock;

    /** {@code clock} (with the user's zone) stamps decisions; "today" for a risk or a contact is its date. */
    public ProposalExecutor(Store store, Clock clock) {
        this.store = Require.present(store, "store");
        this.clock = Require.present(clock, "clock");
    }

    public Execution approve(UUID proposalId) {
        return execute(proposalId, Optional.empty());
    }

    /** Applies {@code edited} instead of the proposal's own payload; it must be of the proposal's kind. */
    public Execution approveEdited(UUID proposalId, ProposalPayload edited) {
        Require.present(edited, "edited");
        return execute(proposalId, Optional.of(edited));
    }

    /** What a bulk approval did: the proposals applied and, for each refused one, why. */
    public record BulkResult(List<Execution> applied, List<Refusal> refused) {

        public BulkResult {
            applied = List.copyOf(applied);
            refused = List.copyOf(refused);
        }
    }

    public record Refusal(UUID proposalId, String reason) {
    }

    /** Approves each proposal in its own transaction, in the order given; one refusal does not stop the rest. */
    public BulkResult approveAll(Collection<UUID> proposalIds) {
        List<Execution> applied = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (UUID id : proposalIds) {
            try {
                applied.add(approve(id));
            } catch (ProposalRefused e) {
                refused.add(new Refusal(id, e.getMessage()));
            }
        }
        return new BulkResult(applied, refused);
    }

    public Proposal reject(UUID proposalId) {
        return store.write(Actor.USER, tx -> {
            Proposal proposal = requirePending(tx, proposalId);
            Instant now = clock.instant();
            Proposal rejected = decided(proposal, ProposalStatus.REJECTED, proposal.payloadJson(), now);
            Proposal stored = tx.update(rejected);
            tx.insert(signal(tx, proposal, ProposalPayloads.read(proposal), Decision.REJECTED, now));
            LOG.info("Rejected {} proposal {} of {}", proposal.kind(), proposal.id(), proposal.agent());
            return stored;
        });
    }

    /** Undoes the latest execution of an approved proposal. */
    public Execution undo(UUID proposalId) {
        return store.write(Actor.USER, tx -> {
            Proposal proposal = tx.proposals().find(proposalId)
                    .orElseThrow(() -> new ProposalRefused("The proposal is gone"));
            if (proposal.status() != ProposalStatus.APPROVED && proposal.status() != ProposalStatus.EDITED_AND_APPROVED) {
                throw new ProposalRefused("Only an applied proposal can be undone; this one is " + proposal.status());
            }
            ExecutionLog log = tx.executionLogs().listByProposal(proposalId).stream().filter(l -> !l.undone())
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new ProposalRefused("Nothing was applied for this proposal"));
            long logSequence = tx.audit().listForEntity(log.id()).stream()
                    .filter(e -> e.action() == AuditEvent.Action.CREATE).mapToLong(AuditEvent::sequence).findFirst()
                    .orElseThrow(() -> new ProposalRefused("The audit trail of this change is missing"));
            Actor applier = Actor.agent(proposal.agent());
            List<AuditEvent> events = new ArrayList<>();
            for (ChangedRecord changed : ProposalApplier.changedRecords(proposal, ProposalPayloads.read(proposal))) {
                // The approval wrote each record once, in the transaction that then wrote the log.
                tx.audit().listForEntity(changed.entityId()).stream()
                        .filter(e -> e.sequence() < logSequence && e.actor().equals(applier)
                                && e.entityType().equals(changed.entityType()))
                        .max(Comparator.comparingLong(AuditEvent::sequence))
                        .ifPresent(events::add);
            }
            if (events.isEmpty()) {
                throw new ProposalRefused("The audit trail of this change is missing");
            }
            Instant now = clock.instant();
            events.stream().sorted(Comparator.comparingLong(AuditEvent::sequence).reversed())
                    .forEach(event -> revert(tx, event));
            ExecutionLog undone = tx.update(new ExecutionLog(log.id(), log.proposalId(), log.executedAt(),
                    log.outcome(), true));
            Proposal stored = tx.update(new Proposal(proposal.id(), proposal.agent(), proposal.kind(),
                    proposal.targetId(), proposal.summary(), proposal.rationale(), proposal.confidence(),
                    proposal.payloadJson(), ProposalStatus.UNDONE, proposal.createdAt(), now, proposal.version()));
            LOG.info("Undid {} proposal {} ({} records restored)", proposal.kind(), proposal.id(), events.size());
            return new Execution(stored, undone);
        });
    }

    /** Puts the record back through the store's one undo path; a record changed since is the user's to sort out. */
    private static void revert(StoreTransaction tx, AuditEvent event) {
        try {
            tx.revert(event);
        } catch (StaleRecordException e) {
            throw new ProposalRefused("It has changed since; undo it by hand (" + e.getMessage() + ")", e);
        }
    }

    private Execution execute(UUID proposalId, Optional<ProposalPayload> edited) {
        Proposal pending = store.proposals().find(proposalId)
                .orElseThrow(() -> new ProposalRefused("The proposal is gone"));
        return store.write(Actor.agent(pending.agent()), tx -> {
            Proposal proposal = requirePending(tx, proposalId);
            ProposalPayload payload;
            try {
                payload = edited.orElseGet(() -> ProposalPayloads.read(proposal));
            } catch (IllegalArgumentException e) {
                throw new ProposalRefused("The proposal's payload is not valid and was not applied: "
                        + e.getMessage(), e);
            }
            if (payload.kind() != proposal.kind()) {
                throw new ProposalRefused("An edited " + proposal.kind() + " proposal cannot become " + payload.kind());
            }
            String json = ProposalPayloads.write(payload);
            boolean changed = edited.isPresent() && !ProposalPayloads.same(json, proposal.payloadJson());
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            Proposal approved = decided(proposal,
                    changed ? ProposalStatus.EDITED_AND_APPROVED : ProposalStatus.APPROVED,
                    changed ? json : proposal.payloadJson(), now);
            String outcome = new ProposalApplier(tx, now, today).apply(approved, payload);
            Proposal stored = tx.update(approved);
            ExecutionLog log = tx.insert(new ExecutionLog(
                    Proposals.derivedId("execution", proposal.id(), now), proposal.id(), now,
                    Proposals.clip(outcome, 2_000), false));
            tx.insert(signal(tx, proposal, payload, changed ? Decision.EDITED : Decision.APPROVED, now));
            LOG.info("Applied {} proposal {} of {}: {}", proposal.kind(), proposal.id(), proposal.agent(), outcome);
            return new Execution(stored, log);
        });
    }

    private static Proposal requirePending(StoreTransaction tx, UUID id) {
        Proposal proposal = tx.proposals().find(id).orElseThrow(() -> new ProposalRefused("The proposal is gone"));
        if (proposal.status() != ProposalStatus.PENDING) {
            throw new ProposalRefused("This proposal was already decided (" + proposal.status() + ")");
        }
        return proposal;
    }

    private static Proposal decided(Proposal p, ProposalStatus status, String payloadJson, Instant now) {
        return new Proposal(p.id(), p.agent(), p.kind(), p.targetId(), p.summary(), p.rationale(), p.confidence(),
                payloadJson, status, p.createdAt(), now, p.version());
    }

    private static PreferenceSignal signal(StoreTransaction tx, Proposal proposal, ProposalPayload payload,
            Decision decision, Instant now) {
        return new PreferenceSignal(Proposals.derivedId("signal", proposal.id(), decision, now), proposal.id(),
                proposal.agent(), proposal.kind(), decision, source(tx, payload).map(Enum::name).orElse(null), now);
    }

    /** The source the proposal is about: the item's kind for a new task, the task's kind for a change to a task. */
    static Optional<SourceKind> source(StoreTransaction tx, ProposalPayload payload) {
        Optional<SourceKind> kind = switch (payload.kind()) {
            case CREATE_TASK -> Optional.of(((ProposalPayload.CreateTask) payload).sourceKind());
            case CHANGE_HORIZON -> sourceOfTask(tx, ((ProposalPayload.ChangeHorizon) payload).taskId());
            case CHANGE_PRIORITY -> sourceOfTask(tx, ((ProposalPayload.ChangePriority) payload).taskId());
            case ASSIGN_PROJECT -> sourceOfTask(tx, ((ProposalPayload.AssignProject) payload).taskId());
            case LINK_TASKS, ADD_RISK, UPDATE_RISK, DRAFT_MESSAGE -> Optional.empty();
        };
        // Manual and agent-made tasks are not a source whose signal can be demoted.
        return kind.filter(k -> k != SourceKind.MANUAL && k != SourceKind.AGENT);
    }

    private static Optional<SourceKind> sourceOfTask(StoreTransaction tx, UUID taskId) {
        return tx.tasks().find(taskId).map(Task::sourceKind);
    }
}
