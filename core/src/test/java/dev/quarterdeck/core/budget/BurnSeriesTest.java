package dev.quarterdeck.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurnSeriesTest {

    private static final LocalDate MON_3 = LocalDate.of(2025, 3, 3);
    private static final LocalDate MON_31 = LocalDate.of(2025, 3, 31);
    private static final LocalDate THU_20 = LocalDate.of(2025, 3, 20);

    @Test
    void weeklyActualPlannedAndForecastLines() {
        // Planned 3 → 31 March (28 days), BAC 28,000: 1,000 a day. Today is 20 March.
        Ledger ledger = new Ledger("EUR", "0", MON_3, MON_31);
        BudgetLine works = ledger.line("Works", "28000");
        ledger.spend(works, "2000.00", MON_3);
        ledger.spend(works, "5000.00", day(10));
        ledger.spend(works, "-500.00", day(12));
        ledger.spend(works, "4000.00", day(19));
        ledger.spend(works, "9999.00", day(25));
        ledger.spend(works, Money.of("777.00", "USD"), day(4));
        // AC to date 10,500; half the work earned: EAC = 10,500 × 2 = 21,000
        EarnedValue ev = new EarnedValue(Currency.getInstance("EUR"), THU_20, ProgressBasis.TASK_EFFORT,
                Money.of("28000", "EUR"), Money.of("10500", "EUR"), new Share(1, 2), new Share(17, 28));

        BurnSeries burn = BurnSeries.of(ledger.project, ledger.transactions, ev, BurnInterval.WEEK);

        // Dates: every 7 days from 3 March, plus today (20th). The 25 March invoice is not yet actual cost, the
        // USD one is another currency.
        assertThat(burn.actual()).containsExactly(
                point(3, "2000"), point(10, "7000"), point(17, "6500"), point(20, "10500"));
        // planned = 28,000 × days elapsed ÷ 28
        assertThat(burn.planned()).containsExactly(point(3, "0"), point(10, "7000"), point(17, "14000"),
                point(20, "17000"), point(24, "21000"), point(31, "28000"));
        // forecast = 10,500 + 10,500 × days since the 20th ÷ 11: the 24th is 10,500 + 3,818.18
        assertThat(burn.forecast()).containsExactly(point(20, "10500"), point(24, "14318.18"), point(31, "21000"));
    }

    @Test
    void dailyPointsAndAChartThatStartsWithAnEarlyDeposit() {
        Ledger ledger = new Ledger("EUR", "0", LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 7));
        BudgetLine works = ledger.line("Works", "300");
        ledger.spend(works, "50.00", day(4));
        EarnedValue ev = new EarnedValue(Currency.getInstance("EUR"), day(6), ProgressBasis.TASK_EFFORT,
                Money.of("300", "EUR"), Money.of("50", "EUR"), Share.NONE, new Share(1, 2));

        BurnSeries burn = BurnSeries.of(ledger.project, ledger.transactions, ev, BurnInterval.DAY);

        assertThat(burn.actual()).containsExactly(point(4, "50"), point(5, "50"), point(6, "50"));
        assertThat(burn.planned()).containsExactly(point(5, "0"), point(6, "150"), point(7, "300"));
        // nothing earned: no EAC, so no forecast line
        assertThat(burn.forecast()).isEmpty();
    }

    @Test
    void withoutScheduleDatesOnlyTheActualLineIsDrawn() {
        Ledger ledger = new Ledger("EUR", "1000", null, null);
        BudgetLine works = ledger.line("Works", "1000");
        ledger.spend(works, "100.00", day(3));
        ledger.spend(works, "200.00", day(12));
        EarnedValue ev = new EarnedValue(Currency.getInstance("EUR"), day(16), ProgressBasis.TASK_EFFORT,
                Money.of("1000", "EUR"), Money.of("300", "EUR"), new Share(1, 2), null);

        BurnSeries burn = BurnSeries.of(ledger.project, ledger.transactions, ev, BurnInterval.WEEK);

        assertThat(burn.actual()).containsExactly(point(3, "100"), point(10, "100"), point(16, "300"));
        assertThat(burn.planned()).isEmpty();
        assertThat(burn.forecast()).isEmpty();
    }

    @Test
    void pastItsDueDateTheChartRunsToTodayWithoutAForecast() {
        Ledger ledger = new Ledger("EUR", "0", MON_3, day(10));
        BudgetLine works = ledger.line("Works", "700");
        ledger.spend(works, "900.00", day(8));
        EarnedValue ev = new EarnedValue(Currency.getInstance("EUR"), day(20), ProgressBasis.TASK_EFFORT,
                Money.of("700", "EUR"), Money.of("900", "EUR"), new Share(9, 10), Share.ALL);

        BurnSeries burn = BurnSeries.of(ledger.project, ledger.transactions, ev, BurnInterval.WEEK);

        assertThat(burn.actual()).extracting(BurnPoint::date).containsExactly(day(3), day(10), day(17), day(20));
        assertThat(burn.actual()).last().isEqualTo(point(20, "900"));
        assertThat(burn.planned()).containsExactly(point(3, "0"), point(10, "700"));
        assertThat(burn.forecast()).isEmpty();
    }

    @Test
    void noLedgerAndNoScheduleIsASinglePointAtZero() {
        Ledger ledger = new Ledger("EUR", "0", null, null);
        EarnedValue ev = new EarnedValue(Currency.getInstance("EUR"), THU_20, ProgressBasis.TASK_EFFORT,
                Money.of("0", "EUR"), Money.of("0", "EUR"), Share.NONE, null);

        BurnSeries burn = BurnSeries.of(ledger.project, List.of(), ev, BurnInterval.WEEK);

        assertThat(burn.actual()).containsExactly(point(20, "0"));
        assertThat(burn.planned()).isEmpty();
        assertThat(burn.forecast()).isEmpty();
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2025, 3, dayOfMarch);
    }

    private static BurnPoint point(int dayOfMarch, String amount) {
        return new BurnPoint(day(dayOfMarch), Money.of(amount, "EUR"));
    }
}
