package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.common.Require;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Ledger rows pasted as CSV (or tab-separated, as a spreadsheet copies them): {@code date, amount, line, vendor,
 * note}, one entry per row. The date is ISO (2026-03-01); the amount as {@link LedgerDraft#parseAmount} reads it;
 * the line is a budget line's category, ignoring case; vendor and note may be empty or left out. A first row that
 * starts with "date" is a header and skipped; blank rows are skipped.
 *
 * <p>All or nothing: {@link Result#problems()} lists every bad row with its row number (as the user counts, header
 * included) and reason, and {@link Result#transactions()} is then empty, so a caller writes either every row or none.
 */
public final class LedgerPaste {

    /** The rows read, or why not. Exactly one of the two lists is non-empty unless the paste was empty. */
    public record Result(List<Transaction> transactions, List<FieldProblem> problems) {

        public Result {
            transactions = List.copyOf(transactions);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty() && !transactions.isEmpty();
        }
    }

    private LedgerPaste() {
    }

    public static Result read(String text, Collection<BudgetLine> lines, Instant now) {
        Require.present(lines, "lines");
        Require.present(now, "now");
        if (text == null || text.isBlank()) {
            return new Result(List.of(), List.of(new FieldProblem("paste", "Paste rows of date, amount, line, "
                    + "vendor, note")));
        }
        char delimiter = text.lines().findFirst().orElse("").contains("\t") ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Transaction> read = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber();
                if (row == 1 && record.get(0).strip().toLowerCase(Locale.ROOT).startsWith("date")) {
                    continue;
                }
                readRow(record, lines, now).ifPresentOrElse(read::add, () -> {
                });
                problemOf(record, lines).ifPresent(reason -> problems.add(new FieldProblem("row " + row, reason)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add(new FieldProblem("paste", "Not readable as CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        if (read.isEmpty()) {
            return new Result(List.of(), List.of(new FieldProblem("paste", "No rows to add")));
        }
        return new Result(read, List.of());
    }

    private static Optional<Transaction> readRow(CSVRecord record, Collection<BudgetLine> lines, Instant now) {
        if (problemOf(record, lines).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(draft(record, lines).toTransaction(Ids.newId(), now, 0));
    }

    private static Optional<String> problemOf(CSVRecord record, Collection<BudgetLine> lines) {
        if (record.size() < 3) {
            return Optional.of("Needs at least date, amount and line; found " + record.size() + " column"
                    + (record.size() == 1 ? "" : "s"));
        }
        if (record.size() > 5) {
            return Optional.of("Has " + record.size() + " columns; expected date, amount, line, vendor, note "
                    + "(quote a note that contains commas)");
        }
        List<String> reasons = new ArrayList<>();
        String dateText = record.get(0);
        if (parseDate(dateText).isEmpty()) {
            reasons.add("date '" + dateText + "' is not a date like 2026-03-01");
        }
        Optional<BudgetLine> line = line(record.get(2), lines);
        if (line.isEmpty()) {
            reasons.add("line '" + record.get(2) + "' is not one of " + lines.stream().map(BudgetLine::category)
                    .collect(Collectors.joining(", ")));
        }
        LedgerDraft draft = draft(record, lines);
        draft.problems().stream().filter(p -> !p.field().equals("date") && !p.field().equals("line"))
                .forEach(p -> reasons.add(p.field() + ": " + p.reason()));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static LedgerDraft draft(CSVRecord record, Collection<BudgetLine> lines) {
        String vendor = record.size() > 3 ? record.get(3) : null;
        String note = record.size() > 4 ? record.get(4) : "";
        return new LedgerDraft(parseDate(record.get(0)).orElse(null), record.get(1),
                line(record.get(2), lines).orElse(null), vendor, note);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<BudgetLine> line(String category, Collection<BudgetLine> lines) {
        String wanted = category.strip();
        return lines.stream().filter(l -> l.category().equalsIgnoreCase(wanted)).findFirst();
    }
}
