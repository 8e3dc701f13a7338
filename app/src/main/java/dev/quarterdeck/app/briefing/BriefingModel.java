package dev.quarterdeck.app.briefing;

import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.background.JobState;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.BriefingSchedule;
import dev.quarterdeck.core.briefing.BriefingService;
import dev.quarterdeck.core.briefing.BriefingSettings;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Briefing screen's state, and the schedule's clock work. {@link #tick()} is called every half minute by the
 * window's timer (and once at start): it checks the schedule against what it knows was composed, without touching
 * the store, and only when a kind is due composes in the background — so a slot missed while the computer slept is
 * composed once at wake. New scheduled briefings are handed to {@code onScheduled} (the tray notification).
 */
public final class BriefingModel {

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final ObjectProperty<BriefingKind> kind = new SimpleObjectProperty<>(this, "kind", BriefingKind.MORNING);
    private final ObjectProperty<Briefing> briefing = new SimpleObjectProperty<>(this, "briefing");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty modelProblem = new SimpleStringProperty(this, "modelProblem", "");
    private final Supplier<LanguageModel> model;
    private BackgroundJob composing;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private Consumer<Briefing> onScheduled = b -> { };
    private Map<BriefingKind, Instant> lastRuns;
    private BriefingSettings settings = BriefingSettings.DEFAULTS;
    private boolean checking;

    /**
     * {@code model} gives the language model as the AI settings say now ({@code NoLanguageModel} when AI is off); it
     * writes briefings from the rules' facts, and the rules write them when it fails.
     */
    public BriefingModel(BackgroundTasks background, Supplier<Store> store, Clock clock,
            Supplier<LanguageModel> model) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        this.model = model;
    }

    public void onScheduled(Consumer<Briefing> action) {
        this.onScheduled = action;
    }

    /** Shows the newest stored briefing of {@code newKind}, or says there is none yet. */
    public void show(BriefingKind newKind) {
        kind.set(newKind);
        background.run("Loading briefing", () -> new BriefingService(store.get()).latest(newKind), found -> {
            if (kind.get() != newKind) {
                return;
            }
            briefing.set(found.orElse(null));
            status.set(found.isPresent() ? "" : "No " + label(newKind).toLowerCase(java.util.Locale.ROOT)
                    + " briefing yet. Press “Compose now”, or wait for its time.");
        }, failure -> status.set("Could not load the briefing: " + failure.getMessage()));
    }

    /**
     * Composes the selected kind from the workspace as it is now (by the model when AI is on, by the rules when it is
     * off or fails), stores and shows it. When the model was asked and its text not used, says why beside the
     * briefing.
     */
    public void composeNow() {
        BriefingKind selected = kind.get();
        busy.set(true);
        modelProblem.set("");
        composing = background.run("Composing " + label(selected).toLowerCase(java.util.Locale.ROOT) + " briefing",
                progress -> {
                    progress.update(-1, "Asking the model, with the rules as fallback");
                    BriefingService service = new BriefingService(store.get(), model.get());
                    BriefingService.Composed composed = service.composeReporting(selected, clock);
                    if (progress.isCancelled()) {
                        throw new CancellationException("Stopped before the briefing was stored");
                    }
                    return service.store(composed);
                }, made -> {
                    busy.set(false);
                    remember(made.briefing());
                    modelProblem.set(made.problem().map(BriefingModel::problemText).orElse(""));
                    if (kind.get() == selected) {
                        briefing.set(made.briefing());
                        status.set("");
                    }
                }, failure -> {
                    busy.set(false);
                    status.set("Could not compose the briefing: " + failure.getMessage());
                });
        composing.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.CANCELLED) {
                busy.set(false);
                status.set("Stopped: no briefing was stored.");
            }
        });
    }

    /** Stops composing; nothing is stored. */
    public void stop() {
        if (composing != null) {
            composing.cancel();
        }
    }

    static String problemText(String problem) {
        return "The language model's briefing was not used, so the rules composed this one: " + problem;
    }

    /** Shows {@code shown} (a click on its tray notification). */
    public void open(Briefing shown) {
        kind.set(shown.kind());
        briefing.set(shown);
        status.set("");
    }

    /**
     * The schedule to follow from now on (Settings saved new times): checked at once, so a slot that the change
     * moved into the past is composed now rather than at the next beat.
     */
    public void useSettings(BriefingSettings changed) {
        settings = changed;
        if (lastRuns != null) {
            tick();
        }
    }

    /** Shows today's briefing: the newest of any kind (the tray's "Today's briefing"). */
    public void showNewest() {
        background.run("Loading briefing", () -> new BriefingService(store.get()).latest(), found -> found.ifPresent(b -> {
            kind.set(b.kind());
            briefing.set(b);
            status.set("");
        }), failure -> status.set("Could not load the briefing: " + failure.getMessage()));
    }

    /** One beat of the schedule; cheap when nothing is due. */
    public void tick() {
        if (checking) {
            return;
        }
        if (lastRuns == null) {
            checking = true;
            background.run("Checking briefings", () -> {
                BriefingService service = new BriefingService(store.get());
                return new Known(service.lastRuns(), service.settings());
            }, known -> {
                checking = false;
                lastRuns = new EnumMap<>(BriefingKind.class);
                lastRuns.putAll(known.lastRuns());
                settings = known.settings();
                tick();
            }, failure -> checking = false);
            return;
        }
        // as the service counts them: a kind never composed counts from the first briefing
        Map<BriefingKind, Instant> known = new EnumMap<>(BriefingKind.class);
        known.putAll(lastRuns);
        lastRuns.values().stream().min(Instant::compareTo).ifPresent(first -> {
            for (BriefingKind k : BriefingKind.values()) {
                known.putIfAbsent(k, first);
            }
        });
        List<BriefingKind> due = new BriefingSchedule(settings, clock.getZone()).dueBriefings(known, clock.instant());
        if (due.isEmpty() && !lastRuns.isEmpty()) {
            return;
        }
        checking = true;
        background.run("Composing due briefings", () -> new BriefingService(store.get(), model.get()).runDue(clock),
                made -> {
            checking = false;
            made.forEach(this::remember);
            if (lastRuns.isEmpty()) {
                // nothing was due at all on a first start: remember the check so the next beat is cheap
                List.of(BriefingKind.values()).forEach(k -> lastRuns.put(k, clock.instant()));
            }
            if (!made.isEmpty()) {
                Briefing newest = made.get(made.size() - 1);
                kind.set(newest.kind());
                briefing.set(newest);
                status.set("");
                onScheduled.accept(newest);
            }
        }, failure -> checking = false);
    }

    private record Known(Map<BriefingKind, Instant> lastRuns, BriefingSettings settings) {
    }

    private void remember(Briefing made) {
        if (lastRuns != null) {
            lastRuns.put(made.kind(), made.createdAt());
        }
    }

    static String label(BriefingKind kind) {
        return switch (kind) {
            case MORNING -> "Morning";
            case MIDDAY -> "Midday";
            case EVENING -> "Evening";
            case WEEKLY -> "Weekly";
        };
    }

    public ObjectProperty<BriefingKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Briefing> briefingProperty() {
        return briefing;
    }

    public Optional<Briefing> briefing() {
        return Optional.ofNullable(briefing.get());
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Why the model's text was not used for the briefing last composed here; empty when it was, or AI is off. */
    public StringProperty modelProblemProperty() {
        return modelProblem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
