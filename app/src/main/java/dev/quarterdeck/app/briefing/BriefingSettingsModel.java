package dev.quarterdeck.app.briefing;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.BriefingSchedule;
import dev.quarterdeck.core.briefing.BriefingService;
import dev.quarterdeck.core.briefing.BriefingSettings;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Briefings" section of Settings: which briefings are on, at what time, and the weekly review's day. Loaded
 * from and saved to the store's preferences (the window and {@code --briefing} share them); a save is handed to
 * {@code onSaved} so the running schedule follows it at once.
 */
public final class BriefingSettingsModel {

    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final Consumer<BriefingSettings> onSaved;
    private final Map<BriefingKind, SlotFields> slots = new EnumMap<>(BriefingKind.class);
    private final ObjectProperty<DayOfWeek> weekday = new SimpleObjectProperty<>(this, "weekday", DayOfWeek.MONDAY);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty problem = new SimpleBooleanProperty(this, "problem", false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private BriefingSettings current = BriefingSettings.DEFAULTS;

    public BriefingSettingsModel(BackgroundTasks background, Supplier<Store> store, Clock clock,
            Consumer<BriefingSettings> onSaved) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        this.onSaved = onSaved;
        for (BriefingKind kind : BriefingKind.values()) {
            slots.put(kind, new SlotFields(kind));
        }
        show(BriefingSettings.DEFAULTS);
    }

    /** Reads the stored settings into the fields (background). */
    public void load() {
        background.run("Loading briefing settings", () -> new BriefingService(store.get()).settings(), stored -> {
            show(stored);
            loaded.set(true);
        }, failure -> report(true, "Could not read the briefing settings: " + failure.getMessage()));
    }

    private void show(BriefingSettings settings) {
        current = settings;
        for (BriefingKind kind : BriefingKind.values()) {
            slots.get(kind).show(settings.enabled().contains(kind), settings.time(kind));
        }
        weekday.set(settings.weeklyDay());
    }

    /** Saves the fields when every time is valid; otherwise says so and saves nothing. */
    public void save() {
        Optional<BriefingSettings> typed = typed();
        if (typed.isEmpty()) {
            report(true, "Nothing saved: fix the times marked in red.");
            return;
        }
        BriefingSettings settings = typed.get();
        Instant now = clock.instant();
        saving.set(true);
        background.run("Saving briefing settings", () -> {
            new BriefingService(store.get()).save(settings, now);
            return settings;
        }, saved -> {
            saving.set(false);
            show(saved);
            report(false, "Saved. " + nextText(saved, now));
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            report(true, "Could not save the briefing settings: " + failure.getMessage());
        });
    }

    /** The settings the fields describe; empty while a time is not valid. */
    Optional<BriefingSettings> typed() {
        BriefingSettings settings = current.onWeekday(weekday.get());
        for (SlotFields slot : slots.values()) {
            Optional<java.time.LocalTime> time = slot.parsedTime();
            if (time.isEmpty()) {
                return Optional.empty();
            }
            settings = settings.at(slot.kind(), time.get()).with(slot.kind(), slot.onProperty().get());
        }
        return Optional.of(settings);
    }

    private String nextText(BriefingSettings settings, Instant now) {
        BriefingSchedule schedule = new BriefingSchedule(settings, clock.getZone());
        return schedule.nextSlot(now).map(next -> {
            BriefingKind kind = List.of(BriefingKind.values()).stream()
                    .filter(k -> schedule.nextSlot(k, now).filter(next::equals).isPresent()).findFirst()
                    .orElseThrow();
            return "Next: the " + BriefingModel.label(kind).toLowerCase(Locale.ROOT) + " briefing, "
                    + NEXT.format(next.atZone(clock.getZone())) + ".";
        }).orElse("Every briefing is off: none will be composed until one is switched on.");
    }

    private void report(boolean isProblem, String text) {
        problem.set(isProblem);
        status.set(text);
    }

    public SlotFields slot(BriefingKind kind) {
        return slots.get(kind);
    }

    /** The weekly review's day. */
    public ObjectProperty<DayOfWeek> weekdayProperty() {
        return weekday;
    }

    /** What the last save did, or why it did not. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Whether {@link #statusProperty()} reports a problem. */
    public BooleanProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
