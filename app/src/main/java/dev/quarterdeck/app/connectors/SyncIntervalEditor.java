package dev.quarterdeck.app.connectors;

import dev.quarterdeck.app.settings.SyncInterval;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Sync in the background" field without its control: what is typed, the problem shown next to it, and the
 * interval it sets when committed (Enter, a pick from the list, or leaving the field). A valid entry is applied at
 * once and rewritten the way the app writes it; an invalid one keeps the last good interval and says why.
 */
public final class SyncIntervalEditor {

    private final ObjectProperty<SyncInterval> interval;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringBinding description;

    public SyncIntervalEditor(ObjectProperty<SyncInterval> interval) {
        this.interval = interval;
        text.set(interval.get().text());
        interval.addListener((obs, old, now) -> {
            text.set(now.text());
            problem.set("");
        });
        description = Bindings.createStringBinding(() -> interval.get().describe(), interval);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when the text is a valid interval. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** When accounts sync with the interval in force. */
    public StringBinding descriptionProperty() {
        return description;
    }

    /** Applies the typed interval, or shows why it cannot be one; true when applied. */
    public boolean commit() {
        SyncInterval.Parsed parsed = SyncInterval.parse(text.get());
        if (!parsed.ok()) {
            problem.set(parsed.problem());
            return false;
        }
        problem.set("");
        interval.set(parsed.interval());
        text.set(parsed.interval().text());
        return true;
    }
}
