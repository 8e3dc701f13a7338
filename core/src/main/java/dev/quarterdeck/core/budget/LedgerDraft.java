package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A ledger entry as a form (or one pasted row) holds it: the amount as typed. {@link #problems} gives every reason it
 * cannot be booked, by field name; {@link #toTransaction} builds the record once there are none.
 *
 * @param line the budget line it is booked against, null when none was chosen
 */
public record LedgerDraft(LocalDate date, String amount, BudgetLine line, String vendor, String note) {

    /** A form filled in from a stored entry. */
    public static LedgerDraft of(Transaction transaction, BudgetLine line) {
        return new LedgerDraft(transaction.date(), transaction.amount().amount().toPlainString(), line,
                transaction.vendor(), transaction.note());
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new FieldProblem("date", "Give the date of the payment or refund"));
        }
        if (line == null) {
            problems.add(new FieldProblem("line", "Choose the budget line it belongs to"));
        } else {
            parseAmount(amount, line.planned().currency()).ifPresentOrElse(a -> {
            }, () -> problems.add(new FieldProblem("amount", amountHint(line.planned().currency()))));
        }
        if (vendor != null && vendor.strip().length() > 200) {
            problems.add(new FieldProblem("vendor", "At most 200 characters"));
        }
        if (note != null && note.length() > 2_000) {
            problems.add(new FieldProblem("note", "At most 2,000 characters"));
        }
        return List.copyOf(problems);
    }

    /** The entry this draft describes, in its line's currency; call only when {@link #problems} is empty. */
    public Transaction toTransaction(UUID id, Instant updatedAt, long version) {
        Currency currency = line.planned().currency();
        Money money = new Money(parseAmount(amount, currency).orElseThrow(), currency);
        return new Transaction(id, line.projectId(), line.id(), date, money, vendor, note == null ? "" : note,
                updatedAt, version);
    }

    /**
     * A non-zero amount with at most the currency's decimals: "1250", "-80.50" (a refund), "1,250.00" (commas
     * grouping thousands), optionally followed by the currency code. Empty when the text is not such an amount.
     */
    public static Optional<BigDecimal> parseAmount(String text, Currency currency) {
        Require.present(currency, "currency");
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip();
        if (plain.toUpperCase(java.util.Locale.ROOT).endsWith(currency.getCurrencyCode())) {
            plain = plain.substring(0, plain.length() - 3).strip();
        }
        if (!plain.matches("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain.replace(",", ""));
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.signum() == 0 || value.stripTrailingZeros().scale() > digits) {
            return Optional.empty();
        }
        return Optional.of(value.setScale(digits));
    }

    static String amountHint(Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        String example = digits == 0 ? "1250 or -80" : "1250.00 or -80.50";
        return "Enter a non-zero amount in " + currency.getCurrencyCode() + " with at most " + digits
                + " decimals, e.g. " + example + " (negative for a refund)";
    }
}
