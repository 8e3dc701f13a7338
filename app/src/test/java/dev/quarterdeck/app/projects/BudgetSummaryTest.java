package dev.quarterdeck.app.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BudgetSummaryTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2025-11-22T08:00:00Z");

    private static BudgetLine line(String category, String amount, String currency) {
        return new BudgetLine(UUID.randomUUID(), PROJECT, category, Money.of(amount, currency), NOW, 0);
    }

    private static Transaction spend(BudgetLine line, String amount) {
        return new Transaction(UUID.randomUUID(), PROJECT, line.id(), LocalDate.of(2025, 11, 1),
                Money.of(amount, line.planned().currency().getCurrencyCode()), "Vendor", "", NOW, 0);
    }

    @Test
    void plannedAndSpentPerCurrencyWithRefundsSubtracted() {
        BudgetLine removals = line("Removals", "100000", "EUR");
        BudgetLine fitOut = line("Fit-out", "140000", "EUR");
        BudgetLine licences = line("Licences", "5000.50", "USD");

        List<BudgetSummary.Row> rows = BudgetSummary.of(List.of(removals, fitOut, licences), List.of(
                spend(removals, "112000"), spend(fitOut, "50300"), spend(removals, "-1000"),
                spend(licences, "6000")));

        assertThat(rows).extracting(r -> r.currency().getCurrencyCode()).containsExactly("EUR", "USD");
        BudgetSummary.Row eur = rows.get(0);
        assertThat(eur.planned()).isEqualTo(Money.of("240000", "EUR"));
        assertThat(eur.spent()).isEqualTo(Money.of("161300", "EUR"));
        assertThat(eur.remaining()).isEqualTo(Money.of("78700", "EUR"));
        assertThat(eur.percentSpent()).hasValue(67);
        assertThat(eur.isOver()).isFalse();
        assertThat(rows.get(1).isOver()).isTrue();
        assertThat(rows.get(1).percentSpent()).hasValue(120);
    }

    @Test
    void spendingWithoutAPlanHasNoPercentage() {
        BudgetLine zero = line("Misc", "0", "GBP");
        BudgetSummary.Row row = BudgetSummary.of(List.of(zero), List.of(spend(zero, "10"))).get(0);
        assertThat(row.percentSpent()).isEmpty();
        assertThat(row.isOver()).isTrue();
    }

    @Test
    void moneyReadsGroupedWithoutNeedlessCents() {
        assertThat(MoneyText.of(Money.of("240000", "EUR"))).isEqualTo("240,000 EUR");
        assertThat(MoneyText.of(Money.of("4467.6", "USD"))).isEqualTo("4,467.60 USD");
        assertThat(MoneyText.of(Money.of("1500", "JPY"))).isEqualTo("1,500 JPY");
    }
}
