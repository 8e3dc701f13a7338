package dev.quarterdeck.app.projects.budget;

import dev.quarterdeck.app.projects.registers.FormFields;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.BudgetLineDraft;
import java.util.Currency;
import javafx.scene.control.TextField;

/** Add/edit form of a budget line, in the project's currency. */
final class LineForm extends FormFields {

    private final TextField category = new TextField();
    private final TextField planned = new TextField();
    private Currency currency;

    LineForm() {
        add("category", "Category", category);
        add("planned", "Planned amount", planned);
        planned.setPromptText("e.g. 12000.00");
    }

    void fillNew(Currency projectCurrency) {
        clear();
        currency = projectCurrency;
        category.clear();
        planned.clear();
    }

    void fill(BudgetLine line) {
        clear();
        BudgetLineDraft draft = BudgetLineDraft.of(line);
        currency = draft.currency();
        category.setText(draft.category());
        planned.setText(draft.planned());
    }

    BudgetLineDraft draft() {
        return new BudgetLineDraft(category.getText(), planned.getText(), currency);
    }

    TextField first() {
        return category;
    }
}
