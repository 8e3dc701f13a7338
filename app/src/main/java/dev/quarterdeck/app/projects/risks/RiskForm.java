package dev.quarterdeck.app.projects.risks;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.projects.ProjectTexts;
import dev.quarterdeck.app.projects.registers.FormFields;
import dev.quarterdeck.app.projects.registers.TickList;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.risk.RiskDraft;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The add/edit form of a risk; its fields are named like {@link RiskDraft}'s components. */
final class RiskForm extends FormFields {

    private final TextField key = new TextField();
    private final TextField title = new TextField();
    private final TextField category = new TextField();
    private final TextField likelihood = new TextField();
    private final TextField impact = new TextField();
    private final Label score = new Label();
    private final TextField owner = new TextField();
    private final ComboBox<RiskStatus> status = new ComboBox<>();
    private final DatePicker identified = new DatePicker();
    private final DatePicker nextReview = new DatePicker();
    private final DatePicker closed = new DatePicker();
    private final TextArea description = new TextArea();
    private final TextArea mitigation = new TextArea();
    private final TextArea contingency = new TextArea();
    private final TickList<Task> tasks = new TickList<>("risk-link-tasks", "Filter the project's tasks…", Task::id,
            task -> task.title() + (task.isOpen() ? "" : " (done)"));
    private final TickList<Milestone> milestones = new TickList<>("risk-link-milestones",
            "Filter the project's milestones…", Milestone::id,
            m -> m.name() + " · due " + ProjectTexts.date(m.due()));

    RiskForm() {
        status.getItems().setAll(RiskStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(RiskStatus value) {
                return value == null ? "" : ProjectTexts.words(value);
            }

            @Override
            public RiskStatus fromString(String text) {
                return null;
            }
        });
        status.setMaxWidth(Double.MAX_VALUE);
        for (TextArea area : new TextArea[] {description, mitigation, contingency}) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
        }
        likelihood.setPromptText("1–5");
        impact.setPromptText("1–5");
        likelihood.setPrefColumnCount(4);
        impact.setPrefColumnCount(4);
        likelihood.textProperty().addListener((obs, old, text) -> updateScore());
        impact.textProperty().addListener((obs, old, text) -> updateScore());
        score.setId("risk-score-preview");

        add("key", "ID", key);
        add("title", "Title", title);
        add("category", "Category", category);
        add("likelihood", "Likelihood (1–5)", likelihood);
        add("impact", "Impact (1–5)", impact);
        getChildren().add(score);
        add("owner", "Owner", owner);
        add("status", "Status", status);
        add("identified", "Identified", identified);
        add("nextReview", "Next review", nextReview);
        add("closed", "Closed", closed);
        add("description", "Description", description);
        add("mitigation", "Mitigation", mitigation);
        add("contingency", "Contingency", contingency);
        add("links", "Linked tasks (the work this risk threatens or that answers it)", tasks.filter());
        getChildren().add(tasks.list());
        add("linkedMilestones", "Linked milestones", milestones.filter());
        milestones.list().setPrefHeight(110);
        getChildren().add(milestones.list());
    }

    void fillNew(String nextKey, LocalDate today, RisksModel.Linkable linkable) {
        clear();
        tasks.set(linkable.tasks(), List.of());
        milestones.set(linkable.milestones(), List.of());
        key.setText(nextKey);
        title.clear();
        category.clear();
        likelihood.setText("3");
        impact.setText("3");
        owner.clear();
        status.setValue(RiskStatus.OPEN);
        identified.setValue(today);
        nextReview.setValue(today.plusDays(14));
        closed.setValue(null);
        description.clear();
        mitigation.clear();
        contingency.clear();
    }

    void fill(RiskRow row, RisksModel.Linkable linkable) {
        clear();
        Risk risk = row.risk();
        List<UUID> linked = row.links().stream().map(LinkedWork::id).toList();
        tasks.set(linkable.tasks(), linked);
        milestones.set(linkable.milestones(), linked);
        RiskDraft draft = RiskDraft.of(risk);
        key.setText(draft.key());
        title.setText(draft.title());
        category.setText(draft.category() == null ? "" : draft.category());
        likelihood.setText(draft.likelihood());
        impact.setText(draft.impact());
        owner.setText(draft.owner() == null ? "" : draft.owner());
        status.setValue(draft.status());
        identified.setValue(draft.identified());
        nextReview.setValue(draft.nextReview());
        closed.setValue(draft.closed());
        description.setText(draft.description());
        mitigation.setText(draft.mitigation());
        contingency.setText(draft.contingency());
    }

    RiskDraft draft() {
        return new RiskDraft(key.getText(), title.getText(), description.getText(), category.getText(),
                likelihood.getText(), impact.getText(), owner.getText(), mitigation.getText(), contingency.getText(),
                status.getValue(), dateOf(identified), dateOf(nextReview), dateOf(closed));
    }

    Set<UUID> linkedTasks() {
        return tasks.ticked();
    }

    Set<UUID> linkedMilestones() {
        return milestones.ticked();
    }

    TextField titleField() {
        return title;
    }

    /** The picker's value, taking text typed but not yet committed with Enter into account. */
    private static LocalDate dateOf(DatePicker picker) {
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

    private void updateScore() {
        try {
            int l = Integer.parseInt(likelihood.getText().strip());
            int i = Integer.parseInt(impact.getText().strip());
            if (l >= 1 && l <= 5 && i >= 1 && i <= 5) {
                RiskBand band = RiskBand.of(l * i);
                score.setText("Score " + (l * i) + " · " + band.label());
                score.getStyleClass().setAll("label", HeatMapView.styleOf(band));
                return;
            }
        } catch (NumberFormatException e) {
            // falls through to the hint
        }
        score.setText("Score: rate likelihood and impact 1–5");
        score.getStyleClass().setAll("label", Styles.TEXT_MUTED);
    }
}
