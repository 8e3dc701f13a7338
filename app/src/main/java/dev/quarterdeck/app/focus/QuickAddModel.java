package dev.quarterdeck.app.focus;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.focus.QuickAdd;
import dev.quarterdeck.core.focus.QuickAddParser;
import dev.quarterdeck.core.focus.TaskActions;
import dev.quarterdeck.core.task.Horizon;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The quick-add field above the lanes: as the user types it shows what it understood ("“Send forecast” · due Fri
 * 21 Nov · ATLAS"), or what is wrong next to the field (an unknown #CODE); Enter creates the task.
 */
public final class QuickAddModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", DueText.LOCALE);

    private final BackgroundTasks background;
    private final Supplier<TaskActions> actions;
    private final Clock clock;
    private final Runnable onCreated;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private Set<String> knownCodes = Set.of();

    QuickAddModel(BackgroundTasks background, Supplier<TaskActions> actions, Clock clock, Runnable onCreated) {
        this.background = background;
        this.actions = actions;
        this.clock = clock;
        this.onCreated = onCreated;
        text.addListener((obs, old, now) -> understand());
    }

    void setKnownCodes(Collection<String> codes) {
        knownCodes = Set.copyOf(codes);
        understand();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** What the line means, empty while the field is empty or wrong. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What is wrong with the line, empty when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    private QuickAdd parse() {
        return new QuickAddParser(LocalDate.now(clock)).parse(text.get());
    }

    private void understand() {
        String line = text.get() == null ? "" : text.get().strip();
        if (line.isEmpty()) {
            preview.set("");
            error.set("");
            return;
        }
        QuickAdd parsed = parse();
        String unknown = parsed.projectCode().filter(code -> !knownCodes.contains(code)).orElse(null);
        if (unknown != null) {
            preview.set("");
            error.set("No project has the code #" + unknown);
            return;
        }
        if (parsed.title().isBlank()) {
            preview.set("");
            error.set("Type what the task is, then a date or #PROJECT");
            return;
        }
        error.set("");
        preview.set(describe(parsed));
    }

    static String describe(QuickAdd parsed) {
        StringBuilder out = new StringBuilder("\u201c").append(parsed.title()).append("\u201d");
        out.append(parsed.due().map(d -> " \u00b7 due " + DAY.format(d)).orElse(" \u00b7 no due date"));
        out.append(parsed.projectCode().map(c -> " \u00b7 " + c.toUpperCase(Locale.ROOT)).orElse(" \u00b7 no project"));
        return out.toString();
    }

    /** Creates the task (Enter); does nothing while the line has an error or is empty. */
    public void submit() {
        understand();
        if (!error.get().isEmpty() || preview.get().isEmpty() || busy.get()) {
            return;
        }
        QuickAdd parsed = parse();
        busy.set(true);
        background.run("Adding " + parsed.title(), () -> actions.get().quickAdd(parsed, Horizon.LATER), created -> {
            busy.set(false);
            text.set("");
            onCreated.run();
        }, failure -> {
            busy.set(false);
            error.set(failure.getMessage() == null ? "Could not add the task" : failure.getMessage());
        });
    }
}
