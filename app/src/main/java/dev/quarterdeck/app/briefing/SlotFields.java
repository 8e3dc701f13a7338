package dev.quarterdeck.app.briefing;

import dev.quarterdeck.core.briefing.BriefingKind;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One briefing kind's row in Settings: on or off, and its time as typed, checked as it is typed. */
public final class SlotFields {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private final BriefingKind kind;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", true);
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    SlotFields(BriefingKind kind) {
        this.kind = kind;
        time.addListener((obs, old, text) -> error.set(parse(text).isPresent() ? "" : problem(text)));
    }

    public BriefingKind kind() {
        return kind;
    }

    public BooleanProperty onProperty() {
        return on;
    }

    /** The time as typed, "HH:mm" (24-hour; "8:05" is accepted too). */
    public StringProperty timeProperty() {
        return time;
    }

    /** Why the typed time is refused; empty when it is fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void show(boolean enabled, LocalTime at) {
        on.set(enabled);
        time.set(SHOWN.format(at));
    }

    /** The typed time; empty when it is not a time. */
    Optional<LocalTime> parsedTime() {
        return parse(time.get());
    }

    static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.strip(), TYPED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String problem(String text) {
        return text == null || text.isBlank() ? "Enter a time, for example 08:00."
                : "“" + text.strip() + "” is not a time: use 24-hour HH:mm, for example 17:30.";
    }
}
