package dev.quarterdeck.app.projects.milestones;

import dev.quarterdeck.app.projects.ProjectTexts;
import dev.quarterdeck.app.projects.registers.FormFields;
import dev.quarterdeck.app.projects.registers.TickList;
import dev.quarterdeck.core.milestone.MilestoneDraft;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Add/edit form of a milestone, with the project's tasks to tick as linked. */
final class MilestoneForm extends FormFields {

    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final DatePicker baseline = new DatePicker();
    private final DatePicker due = new DatePicker();
    private final ComboBox<MilestoneStatus> status = new ComboBox<>();
    private final DatePicker completed = new DatePicker();
    private final TickList<Task> tasks = new TickList<>("milestone-tasks", "Filter tasks…", Task::id,
            task -> task.title() + (task.isOpen() ? "" : " (done)"));

    MilestoneForm() {
        description.setPrefRowCount(2);
        description.setWrapText(true);
        status.getItems().setAll(MilestoneStatus.values());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(MilestoneStatus value) {
                return value == null ? "" : ProjectTexts.words(value);
            }

            @Override
            public MilestoneStatus fromString(String text) {
                return null;
            }
        });
        tasks.list().setPrefHeight(180);
        add("name", "Name", name);
        add("due", "Due", due);
        add("baselineDue", "Baseline (first agreed date; slip is measured against it)", baseline);
        add("status", "Status", status);
        add("completed", "Completed on", completed);
        add("description", "Description", description);
        add("taskFilter", "Linked tasks", tasks.filter());
        getChildren().add(tasks.list());
    }

    void fillNew(List<Task> projectTasks, LocalDate today) {
        clear();
        name.clear();
        description.clear();
        due.setValue(today.plusWeeks(2));
        baseline.setValue(null);
        baseline.setPromptText("same as due");
        status.setValue(MilestoneStatus.PLANNED);
        completed.setValue(null);
        tasks.set(projectTasks, Set.of());
    }

    void fill(MilestoneRow row, List<Task> projectTasks) {
        clear();
        MilestoneDraft draft = MilestoneDraft.of(row.milestone());
        name.setText(draft.name());
        description.setText(draft.description());
        due.setValue(draft.due());
        baseline.setValue(draft.baselineDue());
        status.setValue(draft.status());
        completed.setValue(draft.completed());
        tasks.set(projectTasks, row.linked().stream().map(Task::id).toList());
    }

    MilestoneDraft draft() {
        return new MilestoneDraft(name.getText(), description.getText(), dateOf(baseline), dateOf(due),
                status.getValue(), dateOf(completed));
    }

    Set<UUID> linkedTasks() {
        return tasks.ticked();
    }

    TextField first() {
        return name;
    }

    static LocalDate dateOf(DatePicker picker) {
        String typed = picker.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return picker.getConverter().fromString(typed);
        } catch (RuntimeException e) {
            return picker.getValue();
        }
    }

}
