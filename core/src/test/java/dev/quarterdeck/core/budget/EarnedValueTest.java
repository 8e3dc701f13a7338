package dev.quarterdeck.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EarnedValueTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

    private final Ledger ledger = Ledger.eur();

    @Nested
    class FromTheRecords {

        @Test
        void everyFormulaOnAWorkedExample() {
            BudgetLine fitOut = ledger.line("Fit-out", "100000");
            ledger.spend(fitOut, "30000.00", LocalDate.of(2025, 3, 5));
            ledger.spend(fitOut, "20000.00", Ledger.TODAY);
            ledger.spend(fitOut, "9999.00", Ledger.TODAY.plusDays(1));
            ledger.task(TaskStatus.DONE, 2);
            ledger.task(TaskStatus.DONE, null);
            ledger.task(TaskStatus.DOING, 4);
            ledger.task(TaskStatus.TODO, null);
            ledger.task(TaskStatus.CANCELLED, 10);

            EarnedValue ev = ledger.earnedValue(ProgressBasis.TASK_EFFORT);

            // BAC = 100,000; AC to 16 March = 30,000 + 20,000 = 50,000 (the 17 March invoice is not yet cost)
            // earned = (2 h + 1 h unestimated) ÷ (2 + 1 + 4 + 1) h = 3/8 (the cancelled 10 h left out)
            // scheduled = 15 of 30 days = 1/2
            // PV = 100,000 × 1/2 = 50,000; EV = 100,000 × 3/8 = 37,500
            // CPI = 37,500 ÷ 50,000 = 0.75; SPI = 37,500 ÷ 50,000 = 0.75
            // EAC = 100,000 ÷ 0.75 = 133,333.33; VAC = 100,000 − 133,333.33 = −33,333.33
            assertThat(ev.bac()).isEqualTo(Money.of("100000", "EUR"));
            assertThat(ev.ac()).isEqualTo(Money.of("50000", "EUR"));
            assertThat(ev.earned()).isEqualTo(new Share(3 * 3600, 8 * 3600));
            assertThat(ev.percentComplete()).isEqualByComparingTo("37.5");
            assertThat(ev.scheduled()).isEqualTo(new Share(15, 30));
            assertThat(ev.pv()).contains(Money.of("50000", "EUR"));
            assertThat(ev.ev()).isEqualTo(Money.of("37500", "EUR"));
            assertThat(ev.cpi()).contains(new BigDecimal("0.75"));
            assertThat(ev.spi()).contains(new BigDecimal("0.75"));
            assertThat(ev.eac()).contains(Money.of("133333.33", "EUR"));
            assertThat(ev.vac()).contains(Money.of("-33333.33", "EUR"));
        }

        @Test
        void progressFromMilestonesCountsDoneOfThoseNotCancelled() {
            BudgetLine fitOut = ledger.line("Fit-out", "100000");
            ledger.spend(fitOut, "50000.00");
            ledger.milestone(MilestoneStatus.DONE);
            ledger.milestone(MilestoneStatus.IN_PROGRESS);
            ledger.milestone(MilestoneStatus.PLANNED);
            ledger.milestone(MilestoneStatus.CANCELLED);
            ledger.task(TaskStatus.DONE, 8);

            EarnedValue ev = ledger.earnedValue(ProgressBasis.MILESTONES);

            // earned = 1 of 3; EV = 33,333.33; CPI = 33,333.33 ÷ 50,000 = 0.67; EAC = 50,000 × 3 = 150,000
            assertThat(ev.earned()).isEqualTo(new Share(1, 3));
            assertThat(ev.ev()).isEqualTo(Money.of("33333.33", "EUR"));
            assertThat(ev.cpi()).contains(new BigDecimal("0.67"));
            assertThat(ev.eac()).contains(Money.of("150000", "EUR"));
            assertThat(ev.vac()).contains(Money.of("-50000", "EUR"));
        }

        @Test
        void aForeignCurrencyIsMeasuredOnItsOwnLines() {
            BudgetLine venue = ledger.line("Venue", "5000");
            BudgetLine licences = ledger.line("Licences", "1000", "USD");
            ledger.spend(venue, "1000.00");
            ledger.spend(licences, "600.00");
            ledger.task(TaskStatus.DONE, 1);
            ledger.task(TaskStatus.TODO, 1);

            EarnedValue usd = EarnedValue.measure(ledger.project, Currency.getInstance("USD"), ledger.lines,
                    ledger.transactions, ledger.tasks, ledger.milestones, ProgressBasis.TASK_EFFORT, Ledger.TODAY);

            // BAC 1,000 USD, AC 600, EV 1,000 × 1/2 = 500, CPI 0.83, EAC 1,200
            assertThat(usd.bac()).isEqualTo(Money.of("1000", "USD"));
            assertThat(usd.ac()).isEqualTo(Money.of("600", "USD"));
            assertThat(usd.ev()).isEqualTo(Money.of("500", "USD"));
            assertThat(usd.cpi()).contains(new BigDecimal("0.83"));
            assertThat(usd.eac()).contains(Money.of("1200", "USD"));
        }

        @Test
        void aProjectWithNothingToCountHasNoMeasurableProgress() {
            BudgetLine fitOut = ledger.line("Fit-out", "1000");
            ledger.spend(fitOut, "500.00");
            ledger.task(TaskStatus.CANCELLED, 3);

            EarnedValue ev = ledger.earnedValue(ProgressBasis.TASK_EFFORT);

            assertThat(ev.earned()).isEqualTo(Share.NONE);
            assertThat(ev.ev()).isEqualTo(Money.of("0", "EUR"));
            assertThat(ev.percentComplete()).isEqualByComparingTo("0");
            assertThat(ev.cpi()).isEmpty();
            assertThat(ev.spi()).isEmpty();
            assertThat(ev.eac()).isEmpty();
        }
    }

    @Nested
    class UndefinedValues {

        @Test
        void nothingSpentLeavesCpiEacAndVacUndefined() {
            EarnedValue ev = earned("100000", "0", new Share(1, 2), new Share(1, 2));

            assertThat(ev.ev()).isEqualTo(Money.of("50000", "EUR"));
            assertThat(ev.cpi()).isEmpty();
            assertThat(ev.eac()).isEmpty();
            assertThat(ev.vac()).isEmpty();
            assertThat(ev.spi()).contains(new BigDecimal("1.00"));
        }

        @Test
        void nothingEarnedIsACpiOfZeroAndNoForecast() {
            EarnedValue ev = earned("100000", "20000", new Share(0, 4), new Share(1, 2));

            assertThat(ev.cpi()).contains(new BigDecimal("0.00"));
            assertThat(ev.spi()).contains(new BigDecimal("0.00"));
            assertThat(ev.eac()).isEmpty();
            assertThat(ev.vac()).isEmpty();
        }

        @Test
        void aNetRefundHasNoCostToMeasureEfficiencyAgainst() {
            EarnedValue ev = earned("1000", "-150", new Share(1, 4), null);

            assertThat(ev.cpi()).isEmpty();
            assertThat(ev.eac()).isEmpty();
        }

        @Test
        void withoutScheduleDatesThereIsNoPlannedValue() {
            EarnedValue ev = earned("1000", "100", new Share(1, 4), null);

            assertThat(ev.pv()).isEmpty();
            assertThat(ev.spi()).isEmpty();
            assertThat(ev.cpi()).contains(new BigDecimal("2.50"));
        }

        @Test
        void beforeTheStartNothingIsPlannedSoSpiIsUndefined() {
            EarnedValue ev = earned("1000", "100", new Share(1, 4), Share.NONE);

            assertThat(ev.pv()).contains(Money.of("0", "EUR"));
            assertThat(ev.spi()).isEmpty();
        }

        @Test
        void aZeroBudgetEarnsNothingAndForecastsNothing() {
            EarnedValue ev = earned("0", "100", new Share(1, 2), new Share(1, 2));

            assertThat(ev.ev()).isEqualTo(Money.of("0", "EUR"));
            assertThat(ev.pv()).contains(Money.of("0", "EUR"));
            assertThat(ev.cpi()).isEmpty();
            assertThat(ev.spi()).isEmpty();
            assertThat(ev.eac()).isEmpty();
        }
    }

    @Nested
    class Rounding {

        @Test
        void amountsRoundHalfEvenOnce() {
            // EV = 1.00 × 5/8 = 0.625 → 0.62 (half-up would give 0.63)
            assertThat(earned("1", "1", new Share(5, 8), null).ev()).isEqualTo(Money.of("0.62", "EUR"));
            // EV = 1.00 × 7/8 = 0.875 → 0.88
            assertThat(earned("1", "1", new Share(7, 8), null).ev()).isEqualTo(Money.of("0.88", "EUR"));
        }

        @Test
        void eacUsesTheExactCpiNotTheRoundedOne() {
            // NOVA: BAC 180,000, AC 128,700, 25 of 49 h done. EV = 91,836.73, CPI = 0.7136 → 0.71.
            // EAC = 128,700 × 49 ÷ 25 = 252,252.00; 180,000 ÷ 0.71 would say 253,521.13.
            EarnedValue ev = earned("180000", "128700", new Share(25, 49), new Share(75, 105));

            assertThat(ev.ev()).isEqualTo(Money.of("91836.73", "EUR"));
            assertThat(ev.pv()).contains(Money.of("128571.43", "EUR"));
            assertThat(ev.cpi()).contains(new BigDecimal("0.71"));
            assertThat(ev.spi()).contains(new BigDecimal("0.71"));
            assertThat(ev.eac()).contains(Money.of("252252.00", "EUR"));
            assertThat(ev.vac()).contains(Money.of("-72252.00", "EUR"));
        }

        @Test
        void indexesRoundHalfEvenToTwoDecimals() {
            // CPI = (1,000 × 1/2) ÷ 8,000 = 0.0625 → 0.06; SPI = (1/2) ÷ (8/10) = 0.625 → 0.62
            EarnedValue ev = earned("1000", "8000", new Share(1, 2), new Share(8, 10));

            assertThat(ev.cpi()).contains(new BigDecimal("0.06"));
            assertThat(ev.spi()).contains(new BigDecimal("0.62"));
        }
    }

    @Nested
    class Schedule {

        @Test
        void theScheduledShareIsLinearBetweenStartAndDueAndClamped() {
            assertThat(EarnedValue.scheduledShare(MARCH_1, MARCH_31, LocalDate.of(2025, 2, 1))).contains(Share.NONE);
            assertThat(EarnedValue.scheduledShare(MARCH_1, MARCH_31, MARCH_1)).contains(new Share(0, 30));
            assertThat(EarnedValue.scheduledShare(MARCH_1, MARCH_31, LocalDate.of(2025, 3, 7)))
                    .contains(new Share(6, 30));
            assertThat(EarnedValue.scheduledShare(MARCH_1, MARCH_31, MARCH_31)).contains(Share.ALL);
            assertThat(EarnedValue.scheduledShare(MARCH_1, MARCH_31, LocalDate.of(2025, 6, 1))).contains(Share.ALL);
        }

        @Test
        void aOneDayProjectIsUnplannedBeforeAndFullyPlannedOnTheDay() {
            assertThat(EarnedValue.scheduledShare(MARCH_1, MARCH_1, MARCH_1.minusDays(1))).contains(Share.NONE);
            assertThat(EarnedValue.scheduledShare(MARCH_1, MARCH_1, MARCH_1)).contains(Share.ALL);
        }

        @Test
        void withoutBothDatesThereIsNoSchedule() {
            assertThat(EarnedValue.scheduledShare(null, MARCH_31, MARCH_1)).isEmpty();
            assertThat(EarnedValue.scheduledShare(MARCH_1, null, MARCH_1)).isEmpty();
        }
    }

    @Test
    void refusesAmountsInAnotherCurrency() {
        assertThatThrownBy(() -> new EarnedValue(EUR, Ledger.TODAY, ProgressBasis.TASK_EFFORT, Money.of("1", "USD"),
                Money.of("1", "EUR"), Share.NONE, null)).hasMessage("bac must be in EUR");
    }

    @Test
    void aShareIsBetweenNothingAndAll() {
        assertThatThrownBy(() -> new Share(3, 2)).hasMessage("a share needs 0 <= part <= whole, was 3/2");
        assertThatThrownBy(() -> new Share(-1, 2)).hasMessage("a share needs 0 <= part <= whole, was -1/2");
        assertThat(new Share(25, 49).percent()).isEqualByComparingTo("51.0");
    }

    private static EarnedValue earned(String bac, String ac, Share earned, Share scheduled) {
        return new EarnedValue(EUR, Ledger.TODAY, ProgressBasis.TASK_EFFORT, Money.of(bac, "EUR"), Money.of(ac, "EUR"),
                earned, scheduled);
    }
}
