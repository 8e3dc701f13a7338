package dev.quarterdeck.app.projects.budget;

import dev.quarterdeck.app.projects.registers.FormFields;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.LedgerDraft;
import dev.quarterdeck.core.budget.Transaction;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Add/edit form of a ledger entry (a payment, or a refund as a negative amount). */
final class EntryForm extends FormFields {

    private final DatePicker date = new DatePicker();
    private final TextField amount = new TextField();
    private final ComboBox<BudgetLine> line = new ComboBox<>();
    private final TextField vendor = new TextField();
    private final TextField note = new TextField();

    EntryForm() {
        line.setMaxWidth(Double.MAX_VALUE);
        line.setConverter(new StringConverter<>() {
            @Override
            public String toString(BudgetLine value) {
                return value == null ? "" : value.category() + " (" + value.planned().currency().getCurrencyCode()
                        + ")";
            }

            @Override
            public BudgetLine fromString(String text) {
                return null;
            }
        });
        amount.setPromptText("e.g. 1250.00, or -80.50 for a refund");
        add("date", "Date", date);
        add("amount", "Amount", amount);
        add("line", "Budget line", line);
        add("vendor", "Vendor", vendor);
        add("note", "Note", note);
    }

    void fillNew(List<BudgetLine> lines, LocalDate today) {
        clear();
        line.getItems().setAll(lines);
        line.setValue(lines.isEmpty() ? null : lines.get(0));
        date.setValue(today);
        amount.clear();
        vendor.clear();
        note.clear();
    }

    void fill(Transaction entry, List<BudgetLine> lines) {
        clear();
        line.getItems().setAll(lines);
        BudgetLine current = lines.stream().filter(l -> l.id().equals(entry.budgetLineId())).findFirst()
                .orElse(null);
        LedgerDraft draft = LedgerDraft.of(entry, current);
        line.setValue(current);
        date.setValue(draft.date());
        amount.setText(draft.amount());
        vendor.setText(draft.vendor() == null ? "" : draft.vendor());
        note.setText(draft.note());
    }

    LedgerDraft draft() {
        LocalDate typed = date.getValue();
        String text = date.getEditor().getText();
        if (text != null && !text.isBlank()) {
            try {
                typed = date.getConverter().fromString(text);
            } catch (RuntimeException e) {
                typed = null;
            }
        } else {
            typed = null;
        }
        return new LedgerDraft(typed, amount.getText(), line.getValue(), vendor.getText(), note.getText());
    }

    TextField first() {
        return amount;
    }
}
