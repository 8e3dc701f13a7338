package dev.quarterdeck.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.common.FieldProblem;
import dev.quarterdeck.core.common.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerPasteTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID PROJECT = Ids.newId();
    private static final BudgetLine REMOVALS = new BudgetLine(Ids.newId(), PROJECT, "Removals", Money.of("40000", "EUR"),
            NOW, 0);
    private static final BudgetLine IT = new BudgetLine(Ids.newId(), PROJECT, "IT", Money.of("12000", "EUR"), NOW, 0);
    private static final List<BudgetLine> LINES = List.of(REMOVALS, IT);

    @Test
    void readsAHeaderRowsWithRefundsQuotedNotesAndAmountsWithGroupingAndCode() {
        String text = """
                date,amount,line,vendor,note
                2026-03-01,"1,250.00",removals,Kraft Movers,"Deposit, 50 %"
                2026-03-03,-80.5,IT,Cables Ltd,Refund

                2026-03-04,99 EUR,IT
                """;

        LedgerPaste.Result result = LedgerPaste.read(text, LINES, NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.transactions()).hasSize(3);
        Transaction first = result.transactions().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(first.amount()).isEqualTo(Money.of("1250.00", "EUR"));
        assertThat(first.budgetLineId()).isEqualTo(REMOVALS.id());
        assertThat(first.projectId()).isEqualTo(PROJECT);
        assertThat(first.note()).isEqualTo("Deposit, 50 %");
        assertThat(result.transactions().get(1).amount().amount()).isEqualByComparingTo(new BigDecimal("-80.50"));
        assertThat(result.transactions().get(2).vendor()).isNull();
    }

    @Test
    void tabSeparatedRowsAsASpreadsheetCopiesThem() {
        LedgerPaste.Result result = LedgerPaste.read("2026-03-01\t300\tIT\tShop\tMonitors\n", LINES, NOW);

        assertThat(result.isValid()).isTrue();
        assertThat(result.transactions().get(0).vendor()).isEqualTo("Shop");
    }

    @Test
    void everyBadRowIsListedWithItsNumberAndNothingIsReturnedToWrite() {
        String text = """
                date,amount,line
                2026-03-01,100,IT
                01.03.2026,100,IT
                2026-03-02,0,IT
                2026-03-02,10.555,Catering
                2026-03-02
                """;

        LedgerPaste.Result result = LedgerPaste.read(text, LINES, NOW);

        assertThat(result.transactions()).isEmpty();
        assertThat(result.problems()).extracting(FieldProblem::field)
                .containsExactly("row 3", "row 4", "row 5", "row 6");
        assertThat(result.problems().get(0).reason()).contains("01.03.2026").contains("2026-03-01");
        assertThat(result.problems().get(1).reason()).contains("non-zero");
        assertThat(result.problems().get(2).reason()).contains("'Catering' is not one of Removals, IT");
        assertThat(result.problems().get(3).reason()).contains("found 1 column");
    }

    @Test
    void anEmptyPasteSaysWhatToPaste() {
        assertThat(LedgerPaste.read("  ", LINES, NOW).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("date, amount, line"));
    }

    @Test
    void amountsFollowTheCurrencysDecimals() {
        Currency yen = Currency.getInstance("JPY");
        assertThat(LedgerDraft.parseAmount("1200", yen)).contains(new BigDecimal("1200"));
        assertThat(LedgerDraft.parseAmount("1200.5", yen)).isEmpty();
        assertThat(LedgerDraft.parseAmount("1,2", Currency.getInstance("EUR"))).isEmpty();
        assertThat(LedgerDraft.parseAmount("-0.00", Currency.getInstance("EUR"))).isEmpty();
    }

    @Test
    void budgetLineCategoriesAreUniqueIgnoringCaseAndPlannedMayBeZero() {
        BudgetLineDraft duplicate = new BudgetLineDraft("removals", "10", Currency.getInstance("EUR"));
        assertThat(duplicate.problems(LINES, null)).extracting(FieldProblem::field).containsExactly("category");
        assertThat(duplicate.problems(LINES, REMOVALS.id())).isEmpty();

        BudgetLineDraft zero = new BudgetLineDraft("Catering", "0", Currency.getInstance("EUR"));
        assertThat(zero.problems(LINES, null)).isEmpty();
        assertThat(zero.toLine(Ids.newId(), PROJECT, NOW, 0).planned()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(new BudgetLineDraft("Catering", "-5", Currency.getInstance("EUR")).problems(LINES, null))
                .extracting(FieldProblem::field).containsExactly("planned");
    }
}
