package dev.quarterdeck.app.projects.stakeholders;

import dev.quarterdeck.app.projects.registers.FormFields;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.stakeholder.StakeholderDraft;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;

/** Add/edit form of a stakeholder. */
final class StakeholderForm extends FormFields {

    private final TextField name = new TextField();
    private final TextField role = new TextField();
    private final TextField organisation = new TextField();
    private final TextField email = new TextField();
    private final TextField influence = new TextField();
    private final TextField interest = new TextField();
    private final TextField cadence = new TextField();
    private final DatePicker lastContact = new DatePicker();

    StakeholderForm() {
        influence.setPromptText("1–5");
        interest.setPromptText("1–5");
        cadence.setPromptText("e.g. 14 (blank: no regular updates)");
        add("name", "Name", name);
        add("role", "Role", role);
        add("organisation", "Organisation", organisation);
        add("email", "E-mail", email);
        add("influence", "Influence / power (1–5)", influence);
        add("interest", "Interest (1–5)", interest);
        add("cadenceDays", "Update every … days", cadence);
        add("lastContact", "Last contact", lastContact);
    }

    void fillNew() {
        clear();
        for (TextField field : new TextField[] {name, role, organisation, email, cadence}) {
            field.clear();
        }
        influence.setText("3");
        interest.setText("3");
        lastContact.setValue(null);
    }

    void fill(Stakeholder stakeholder) {
        clear();
        StakeholderDraft d = StakeholderDraft.of(stakeholder);
        name.setText(d.name());
        role.setText(d.role() == null ? "" : d.role());
        organisation.setText(d.organisation() == null ? "" : d.organisation());
        email.setText(d.email() == null ? "" : d.email());
        influence.setText(d.influence());
        interest.setText(d.interest());
        cadence.setText(d.cadenceDays());
        lastContact.setValue(d.lastContact());
    }

    StakeholderDraft draft() {
        return new StakeholderDraft(name.getText(), role.getText(), organisation.getText(), email.getText(),
                influence.getText(), interest.getText(), cadence.getText(), dateOf(lastContact));
    }

    TextField first() {
        return name;
    }

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
}
