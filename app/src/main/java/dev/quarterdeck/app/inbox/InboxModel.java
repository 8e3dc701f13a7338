package dev.quarterdeck.app.inbox;

import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.background.JobState;
import dev.quarterdeck.core.agent.AgentModel;
import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.agent.AgentRunner;
import dev.quarterdeck.core.agent.AgentService;
import dev.quarterdeck.core.agent.Execution;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalExecutor;
import dev.quarterdeck.core.agent.ProposalPayload;
import dev.quarterdeck.core.agent.ProposalRefused;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Inbox's state and commands. Everything that touches the store runs in the background; results come back on
 * the UI thread. Decisions go through the {@link ProposalExecutor}; after one, the item leaves the list, the last
 * applied proposal can be undone, and {@code onWorkspaceChanged} lets the other screens reload.
 */
public final class InboxModel {

    /** Proposals shown at most; the count says how many are pending in all. */
    static final int SHOWN = 500;

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final Runnable onWorkspaceChanged;
    private final ObservableList<InboxItem> items = FXCollections.observableArrayList();
    private final ObservableMap<UUID, String> errors = FXCollections.observableHashMap();
    private final IntegerProperty pendingCount = new SimpleIntegerProperty(this, "pendingCount", 0);
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final ObjectProperty<Execution> undoable = new SimpleObjectProperty<>(this, "undoable");
    private BackgroundJob runJob;
    private Supplier<AgentModel> agentModel = AgentModel::none;

    public InboxModel(BackgroundTasks background, Supplier<Store> store, Clock clock, Runnable onWorkspaceChanged) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        this.onWorkspaceChanged = onWorkspaceChanged;
    }

    /** The language model triage and discovery ask (read at each run, so Settings changes apply). */
    public void useAgentModel(Supplier<AgentModel> model) {
        this.agentModel = model;
    }

    /** A page of pending proposals with their previews, grouped by agent, and the pending total. */
    record Loaded(List<InboxItem> items, int pending) {
    }

    /** Reads the pending proposals again. */
    public void refresh() {
        background.run("Loading proposals", () -> load(store.get()), this::show, failure -> notice.set(
                "Could not load the proposals: " + failure.getMessage()));
    }

    static Loaded load(Store opened) {
        List<Proposal> pending = new AgentService(opened).pending();
        List<InboxItem> items = pending.stream()
                .sorted(Comparator.comparingInt((Proposal p) -> AgentNames.rank(p.agent()))
                        .thenComparing(Proposal::agent)
                        .thenComparing(Comparator.comparingDouble(Proposal::confidence).reversed())
                        .thenComparing(Proposal::summary))
                .limit(SHOWN)
                .map(p -> new InboxItem(p, ProposalPreview.of(p, opened)))
                .toList();
        return new Loaded(items, pending.size());
    }

    private void show(Loaded loadedItems) {
        items.setAll(loadedItems.items());
        errors.keySet().retainAll(loadedItems.items().stream().map(i -> i.proposal().id()).toList());
        pendingCount.set(loadedItems.pending());
        loaded.set(true);
    }

    /** Runs every agent in the background (cancellable from the status bar), then shows what they proposed. */
    public void runAgents() {
        if (running.get()) {
            return;
        }
        running.set(true);
        notice.set("");
        runJob = background.run("Running agents", progress -> {
            progress.update(-1, "reading the workspace");
            AgentService.RunSummary summary = new AgentService(store.get(), AgentRunner.agents(agentModel.get()))
                    .run(clock, progress::isCancelled);
            return new RunResult(summary, load(store.get()));
        }, result -> {
            running.set(false);
            show(result.loaded());
            notice.set(describe(result.summary()));
        }, failure -> {
            running.set(false);
            notice.set(failure instanceof CancellationException ? "Agent run cancelled; nothing was stored."
                    : "The agents could not run: " + failure.getMessage());
        });
        runJob.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.CANCELLED) {
                running.set(false);
                notice.set("Agent run cancelled; nothing was stored.");
            }
        });
    }

    private record RunResult(AgentService.RunSummary summary, Loaded loaded) {
    }

    /**
     * "3 new proposals from 6 agents (triage and discovery by llama3.1:8b, the others by rules, 812 ms) · discovery:
     * answer rejected, rules used." — which produced them, and every model answer that was not used.
     */
    static String describe(AgentService.RunSummary summary) {
        int count = summary.proposals().size();
        List<AgentRun> failed = summary.runs().stream().filter(r -> r.outcome().equals("failed")).toList();
        long ms = summary.runs().stream().mapToLong(r -> r.duration().toMillis()).sum();
        StringBuilder text = new StringBuilder(count == 0 ? "No new proposals"
                : count + (count == 1 ? " new proposal" : " new proposals"));
        Map<String, List<String>> byModel = summary.runs().stream().filter(r -> !r.model().equals(AgentRunner.RULES))
                .collect(Collectors.groupingBy(AgentRun::model, java.util.TreeMap::new,
                        Collectors.mapping(AgentRun::agent, Collectors.toList())));
        text.append(" from ").append(summary.runs().size()).append(" agents (");
        byModel.forEach((model, agents) -> text.append(String.join(" and ", agents)).append(" by ").append(model)
                .append(", "));
        text.append(byModel.isEmpty() ? "rules" : "the others by rules").append(", ").append(ms).append(" ms)");
        if (summary.alreadyRejected() > 0) {
            text.append(" · ").append(summary.alreadyRejected()).append(" you rejected before left out");
        }
        summary.runs().stream().filter(r -> r.outcome().contains("rules used") || r.outcome().contains("refused"))
                .forEach(r -> text.append(" · ").append(r.agent()).append(": ").append(r.outcome()));
        if (!failed.isEmpty()) {
            text.append(" · ").append(failed.size()).append(failed.size() == 1 ? " agent failed: " : " agents failed: ")
                    .append(failed.stream().map(AgentRun::agent).collect(Collectors.joining(", ")));
        }
        return text.append('.').toString();
    }

    public void approve(InboxItem item) {
        decide(item, "Applying proposal", executor -> executor.approve(item.proposal().id()));
    }

    /** Applies the edited values; a value that is not acceptable is shown on the item and nothing runs. */
    public void approveEdited(InboxItem item, Map<String, String> values) {
        ProposalPayload edited;
        try {
            edited = ProposalEdit.apply(dev.quarterdeck.core.agent.ProposalPayloads.read(item.proposal()), values);
        } catch (IllegalArgumentException e) {
            errors.put(item.proposal().id(), e.getMessage());
            return;
        }
        decide(item, "Applying edited proposal", executor -> executor.approveEdited(item.proposal().id(), edited));
    }

    public void reject(InboxItem item) {
        UUID id = item.proposal().id();
        background.run("Rejecting proposal", () -> executor().reject(id), rejected -> {
            remove(id);
            notice.set("Rejected: " + item.proposal().summary());
        }, failure -> errors.put(id, message(failure)));
    }

    /** Approves every shown proposal of one agent, each on its own; refusals stay in the list with their reason. */
    public void approveAll(String agent) {
        List<UUID> ids = items.stream().filter(i -> i.proposal().agent().equals(agent) && i.preview().valid())
                .map(i -> i.proposal().id()).toList();
        if (ids.isEmpty()) {
            return;
        }
        background.run("Approving " + ids.size() + " proposals", () -> executor().approveAll(ids), result -> {
            result.applied().forEach(e -> remove(e.proposal().id()));
            result.refused().forEach(r -> errors.put(r.proposalId(), r.reason()));
            undoable.set(null);
            notice.set("Applied " + result.applied().size() + " of " + ids.size() + " "
                    + AgentNames.title(agent).toLowerCase(java.util.Locale.ROOT) + " proposals"
                    + (result.refused().isEmpty() ? "." : "; " + result.refused().size() + " refused (see below)."));
            onWorkspaceChanged.run();
        }, failure -> notice.set("Bulk approval failed: " + message(failure)));
    }

    /** Undoes the last single approval. */
    public void undoLast() {
        Execution last = undoable.get();
        if (last == null) {
            return;
        }
        UUID id = last.proposal().id();
        background.run("Undoing", () -> executor().undo(id), undone -> {
            undoable.set(null);
            notice.set("Undone: " + undone.log().outcome());
            onWorkspaceChanged.run();
        }, failure -> notice.set("Could not undo: " + message(failure)));
    }

    @FunctionalInterface
    private interface Decision {
        Execution decide(ProposalExecutor executor);
    }

    private void decide(InboxItem item, String title, Decision decision) {
        UUID id = item.proposal().id();
        errors.remove(id);
        background.run(title, () -> decision.decide(executor()), execution -> {
            remove(id);
            undoable.set(execution);
            notice.set("Applied: " + execution.log().outcome());
            onWorkspaceChanged.run();
        }, failure -> errors.put(id, message(failure)));
    }

    private ProposalExecutor executor() {
        return new ProposalExecutor(store.get(), clock);
    }

    private void remove(UUID id) {
        boolean removed = items.removeIf(i -> i.proposal().id().equals(id));
        errors.remove(id);
        if (removed) {
            pendingCount.set(Math.max(0, pendingCount.get() - 1));
        }
    }

    private static String message(Throwable failure) {
        if (failure instanceof ProposalRefused) {
            return failure.getMessage();
        }
        return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
    }

    public ObservableList<InboxItem> items() {
        return items;
    }

    /** Why a decision on a proposal failed, by proposal ID. */
    public ObservableMap<UUID, String> errors() {
        return errors;
    }

    /** Pending proposals in the store, for the sidebar badge. */
    public IntegerProperty pendingCountProperty() {
        return pendingCount;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** The last outcome, for the snackbar. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** The last applied proposal, while it can be undone from the snackbar. */
    public ObjectProperty<Execution> undoableProperty() {
        return undoable;
    }
}
