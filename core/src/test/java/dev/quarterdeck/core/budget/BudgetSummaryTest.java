package dev.quarterdeck.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BudgetSummaryTest {

    private final Ledger ledger = Ledger.eur();

    @Test
    void plannedActualAndVariancePerLineAndInTotal() {
        BudgetLine removals = ledger.line("Removals", "12000");
        BudgetLine fitOut = ledger.line("Fit-out", "30000");
        ledger.spend(removals, "8000.00");
        ledger.spend(removals, "5440.00");
        ledger.spend(fitOut, "10000.00");
        ledger.spend(fitOut, "-500.00");

        BudgetSummary summary = ledger.summary();

        // Fit-out: 10,000 − 500 = 9,500 of 30,000 → −20,500, −68.333 % → −68.3
        // Removals: 8,000 + 5,440 = 13,440 of 12,000 → +1,440, +12.0 %
        // Total: 22,940 of 42,000 → −19,060, −45.380 % → −45.4
        assertThat(summary.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(summary.lines()).extracting(LineSummary::category).containsExactly("Fit-out", "Removals");
        Variance fit = summary.lines().get(0).variance();
        assertThat(fit.actual()).isEqualTo(Money.of("9500.00", "EUR"));
        assertThat(fit.amount()).isEqualTo(Money.of("-20500.00", "EUR"));
        assertThat(fit.percent()).contains(new BigDecimal("-68.3"));
        Variance rem = summary.lines().get(1).variance();
        assertThat(rem.planned()).isEqualTo(Money.of("12000.00", "EUR"));
        assertThat(rem.actual()).isEqualTo(Money.of("13440.00", "EUR"));
        assertThat(rem.amount()).isEqualTo(Money.of("1440.00", "EUR"));
        assertThat(rem.percent()).contains(new BigDecimal("12.0"));
        assertThat(summary.planned()).isEqualTo(Money.of("42000.00", "EUR"));
        assertThat(summary.actual()).isEqualTo(Money.of("22940.00", "EUR"));
        assertThat(summary.total().amount()).isEqualTo(Money.of("-19060.00", "EUR"));
        assertThat(summary.total().percent()).contains(new BigDecimal("-45.4"));
        assertThat(summary.unassigned()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void percentagesRoundHalfEvenToOneDecimal() {
        BudgetLine a = ledger.line("A", "4000");
        BudgetLine b = ledger.line("B", "4000");
        ledger.spend(a, "4002.00");
        ledger.spend(b, "4006.00");

        // A: 2 ÷ 4,000 = 0.05 % → 0.0 (half-up would say 0.1); B: 6 ÷ 4,000 = 0.15 % → 0.2
        // Total: 8 ÷ 8,000 = 0.1 %
        BudgetSummary summary = ledger.summary();
        assertThat(summary.lines().get(0).variance().percent()).contains(new BigDecimal("0.0"));
        assertThat(summary.lines().get(1).variance().percent()).contains(new BigDecimal("0.2"));
        assertThat(summary.total().percent()).contains(new BigDecimal("0.1"));
    }

    @Test
    void withoutTransactionsEverythingIsUnderPlanByAHundredPercent() {
        ledger.line("Removals", "12000");

        BudgetSummary summary = ledger.summary();

        assertThat(summary.actual()).isEqualTo(Money.of("0", "EUR"));
        assertThat(summary.total().amount()).isEqualTo(Money.of("-12000", "EUR"));
        assertThat(summary.total().percent()).contains(new BigDecimal("-100.0"));
        assertThat(summary.lines().get(0).variance().actual()).isEqualTo(Money.of("0", "EUR"));
    }

    @Test
    void nothingPlannedHasAnAmountButNoPercentage() {
        BudgetLine catering = ledger.line("Catering", "0");
        ledger.spend(catering, "350.00");

        Variance variance = ledger.summary().lines().get(0).variance();

        assertThat(variance.amount()).isEqualTo(Money.of("350.00", "EUR"));
        assertThat(variance.percent()).isEmpty();
        assertThat(ledger.summary().total().percent()).isEmpty();
    }

    @Test
    void refundsBiggerThanSpendLeaveANegativeActual() {
        BudgetLine deposits = ledger.line("Deposits", "1000");
        ledger.spend(deposits, "200.00");
        ledger.spend(deposits, "-350.00");

        // 200 − 350 = −150 of 1,000 → −1,150, −115.0 %
        Variance variance = ledger.summary().lines().get(0).variance();
        assertThat(variance.actual()).isEqualTo(Money.of("-150.00", "EUR"));
        assertThat(variance.amount()).isEqualTo(Money.of("-1150.00", "EUR"));
        assertThat(variance.percent()).contains(new BigDecimal("-115.0"));
    }

    @Test
    void aProjectWithoutLinesIsPlannedAtItsBudgetTotal() {
        Ledger bare = new Ledger("GBP", "48000", null, null);
        BudgetLine elsewhere = new BudgetLine(UUID.randomUUID(), UUID.randomUUID(), "Theirs", Money.of("1", "GBP"),
                Instant.EPOCH, 0);
        bare.transactions.add(new Transaction(UUID.randomUUID(), bare.project.id(), elsewhere.id(), Ledger.TODAY,
                Money.of("6000.00", "GBP"), null, "", Instant.EPOCH, 0));

        BudgetSummary summary = bare.summary();

        assertThat(summary.planned()).isEqualTo(Money.of("48000", "GBP"));
        assertThat(summary.actual()).isEqualTo(Money.of("6000", "GBP"));
        assertThat(summary.lines()).isEmpty();
        assertThat(summary.unassigned()).isEqualTo(Money.of("6000", "GBP"));
    }

    @Test
    void currenciesAreKeptApartTheProjectsOwnFirstThenByCode() {
        BudgetLine venue = ledger.line("Venue", "5000");
        BudgetLine licences = ledger.line("Licences", "1000", "USD");
        BudgetLine rail = ledger.line("Rail", "800", "CHF");
        ledger.spend(venue, "1000.00");
        ledger.spend(licences, "1200.00");
        ledger.spend(rail, "100.00");
        ledger.spend(venue, Money.of("50.00", "USD"), Ledger.TODAY);

        List<BudgetSummary> summaries = ledger.summaries();

        assertThat(summaries).extracting(s -> s.currency().getCurrencyCode()).containsExactly("EUR", "CHF", "USD");
        BudgetSummary eur = summaries.get(0);
        assertThat(eur.lines()).extracting(LineSummary::category).containsExactly("Venue");
        assertThat(eur.actual()).isEqualTo(Money.of("1000", "EUR"));
        // 50 USD booked against the EUR venue line counts in the USD total, on no line
        BudgetSummary usd = summaries.get(2);
        assertThat(usd.lines()).extracting(LineSummary::category).containsExactly("Licences");
        assertThat(usd.lines().get(0).variance().actual()).isEqualTo(Money.of("1200", "USD"));
        assertThat(usd.unassigned()).isEqualTo(Money.of("50", "USD"));
        assertThat(usd.total()).isEqualTo(new Variance(Money.of("1000", "USD"), Money.of("1250", "USD")));
    }

    @Test
    void theProjectsCurrencyIsAlwaysThereAndAnAbsentOneIsZero() {
        ledger.line("Licences", "1000", "USD");

        assertThat(ledger.summaries()).extracting(s -> s.currency().getCurrencyCode()).containsExactly("EUR", "USD");
        assertThat(ledger.summary().total()).isEqualTo(new Variance(Money.of("0", "EUR"), Money.of("0", "EUR")));
        BudgetSummary yen = BudgetSummary.inCurrency(ledger.project, Currency.getInstance("JPY"), ledger.lines,
                ledger.transactions);
        assertThat(yen.total()).isEqualTo(new Variance(Money.of("0", "JPY"), Money.of("0", "JPY")));
        assertThat(yen.lines()).isEmpty();
    }

    @Test
    void otherProjectsRecordsAreIgnored() {
        BudgetLine mine = ledger.line("Mine", "100");
        Ledger other = Ledger.eur();
        BudgetLine theirs = other.line("Theirs", "100");
        other.spend(theirs, "900.00");
        ledger.spend(mine, "10.00");

        BudgetSummary summary = BudgetSummary.of(ledger.project, List.of(mine, theirs),
                List.of(ledger.transactions.get(0), other.transactions.get(0))).get(0);

        assertThat(summary.lines()).extracting(LineSummary::category).containsExactly("Mine");
        assertThat(summary.actual()).isEqualTo(Money.of("10", "EUR"));
    }
}
