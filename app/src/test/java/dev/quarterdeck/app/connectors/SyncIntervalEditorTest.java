package dev.quarterdeck.app.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.settings.SyncInterval;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The background sync field's logic, without a toolkit. */
class SyncIntervalEditorTest {

    @Test
    void aValidEntryIsAppliedAtOnceAndWrittenTheAppsWay() {
        ObjectProperty<SyncInterval> interval = new SimpleObjectProperty<>(SyncInterval.DEFAULT);
        SyncIntervalEditor editor = new SyncIntervalEditor(interval);
        assertThat(editor.textProperty().get()).isEqualTo("15 min");
        assertThat(editor.descriptionProperty().get()).startsWith("Accounts sync every 15 min");

        editor.textProperty().set("90m");
        assertThat(editor.commit()).isTrue();
        assertThat(interval.get()).isEqualTo(SyncInterval.minutes(90));
        assertThat(editor.textProperty().get()).isEqualTo("1 h 30 min");
        assertThat(editor.problemProperty().get()).isEmpty();

        editor.textProperty().set("manual");
        editor.commit();
        assertThat(interval.get().manual()).isTrue();
        assertThat(editor.descriptionProperty().get()).isEqualTo("Accounts sync only when you press Sync now.");
    }

    @Test
    void anInvalidEntryKeepsTheLastGoodIntervalAndSaysWhy() {
        ObjectProperty<SyncInterval> interval = new SimpleObjectProperty<>(SyncInterval.minutes(30));
        SyncIntervalEditor editor = new SyncIntervalEditor(interval);
        editor.textProperty().set("2 min");
        assertThat(editor.commit()).isFalse();
        assertThat(interval.get()).isEqualTo(SyncInterval.minutes(30));
        assertThat(editor.problemProperty().get()).contains("at most every 5 min");

        interval.set(SyncInterval.minutes(60));
        assertThat(editor.textProperty().get()).isEqualTo("1 h");
        assertThat(editor.problemProperty().get()).isEmpty();
    }
}
