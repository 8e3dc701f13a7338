package dev.quarterdeck.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarterdeck.core.budget.BudgetAlert.Kind;
import dev.quarterdeck.core.budget.BudgetAlert.Severity;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VarianceAlertsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final Ledger ledger = Ledger.eur();

    @Nested
    class OverPlan {

        @Test
        void aLineMoreThanTenPercentOverItsPlan() {
            BudgetLine removals = ledger.line("Removals", "12000");
            ledger.line("Fit-out", "228000");
            ledger.spend(removals, "13440.00");

            // 13,440 of 12,000: +1,440 = +12.0 %
            BudgetAlert alert = new BudgetAlert(Kind.LINE_OVER_PLAN, Severity.WARNING, ledger.project.id(), EUR,
                    removals.id(), "Removals is 12.0 % over plan (13,440.00 of 12,000.00 EUR)");
            assertThat(alerts()).containsExactly(alert);
        }

        @Test
        void exactlyTenPercentOverIsToleratedOneCentMoreIsNot() {
            BudgetLine fees = ledger.line("Agency fees", "30000");
            ledger.line("Advertising", "300000");
            ledger.spend(fees, "33000.00");

            assertThat(alerts()).isEmpty();

            ledger.spend(fees, "0.01");
            assertThat(messages()).containsExactly("Agency fees is 10.0 % over plan (33,000.01 of 30,000.00 EUR)");
        }

        @Test
        void theTotalMoreThanTenPercentOverPlanIsCritical() {
            BudgetLine fees = ledger.line("Agency fees", "30000");
            BudgetLine ads = ledger.line("Job advertising", "18000");
            ledger.spend(fees, "32000.00");
            ledger.spend(ads, "22000.00");
            ledger.spend(ads, "-600.00");
            ledger.task(TaskStatus.DONE, 1);

            // Total 53,400 of 48,000: +5,400 = +11.25 % → 11.2 (half-even). Job advertising 21,400 of 18,000 =
            // +18.9 %. Fees 32,000 of 30,000 = +6.7 %: tolerated. The forecast (53,400 ÷ 1 = 53,400) is left out:
            // the total alert says it already. CPI = 48,000 ÷ 53,400 = 0.90: not below.
            List<BudgetAlert> alerts = alerts();
            assertThat(alerts).extracting(BudgetAlert::kind, BudgetAlert::severity)
                    .containsExactly(tuple(Kind.TOTAL_OVER_PLAN, Severity.CRITICAL), tuple(Kind.LINE_OVER_PLAN, Severity.WARNING));
            assertThat(alerts).extracting(BudgetAlert::message).containsExactly(
                    "Total spend is 11.2 % over plan (53,400.00 of 48,000.00 EUR)",
                    "Job advertising is 18.9 % over plan (21,400.00 of 18,000.00 EUR)");
            assertThat(alerts.get(0).budgetLineId()).isNull();
            assertThat(alerts.get(1).budgetLineId()).isEqualTo(ads.id());
        }

        @Test
        void spendWithNothingPlannedIsNamedAsSuch() {
            BudgetLine catering = ledger.line("Catering", "0");
            ledger.spend(catering, "350.00");

            assertThat(messages()).containsExactly("350.00 EUR spent with nothing planned",
                    "Catering has 350.00 EUR spent with nothing planned");
        }

        @Test
        void refundsBiggerThanSpendRaiseNothing() {
            BudgetLine deposits = ledger.line("Deposits", "1000");
            ledger.spend(deposits, "200.00");
            ledger.spend(deposits, "-350.00");

            assertThat(alerts()).isEmpty();
        }

        @Test
        void thresholdsAreTheCallersToChoose() {
            BudgetLine removals = ledger.line("Removals", "12000");
            ledger.line("Fit-out", "228000");
            ledger.spend(removals, "12700.00");
            AlertThresholds strict = new AlertThresholds(new BigDecimal("5"), BigDecimal.TEN, BigDecimal.ZERO,
                    new BigDecimal("0.90"), new BigDecimal("25"));

            // 12,700 of 12,000 is +5.8 %: under the default 10 %, over a 5 % line tolerance
            assertThat(alerts()).isEmpty();
            assertThat(VarianceAlerts.check(ledger.summary(), ledger.earnedValue(ProgressBasis.TASK_EFFORT), strict))
                    .extracting(BudgetAlert::message)
                    .containsExactly("Removals is 5.8 % over plan (12,700.00 of 12,000.00 EUR)");
        }
    }

    @Nested
    class Forecast {

        @Test
        void anEstimateAtCompletionAboveTheBudget() {
            BudgetLine all = ledger.line("Office move", "240000");
            ledger.spend(all, "129050.00");
            ledger.task(TaskStatus.DONE, 10);
            ledger.task(TaskStatus.TODO, 10);

            // BAC 240,000; AC 129,050 (53.8 % spent); half the effort done: EV 120,000
            // EAC = 129,050 ÷ 1/2 = 258,100 > 240,000. CPI = 120,000 ÷ 129,050 = 0.9299 → 0.93: not below 0.90.
            assertThat(alerts()).containsExactly(new BudgetAlert(Kind.FORECAST_OVER_BUDGET, Severity.WARNING,
                    ledger.project.id(), EUR, null,
                    "Forecast at completion 258,100.00 EUR exceeds the budget of 240,000.00 EUR"));
        }

        @Test
        void aLowCostPerformanceIndex() {
            BudgetLine all = ledger.line("Office move", "100000");
            ledger.spend(all, "50000.00");
            ledger.task(TaskStatus.DONE, 17);
            ledger.task(TaskStatus.TODO, 23);

            // EV = 100,000 × 17/40 = 42,500; CPI = 42,500 ÷ 50,000 = 0.85
            // EAC = 50,000 × 40/17 = 117,647.06 > 100,000
            assertThat(messages()).containsExactly(
                    "Forecast at completion 117,647.06 EUR exceeds the budget of 100,000.00 EUR",
                    "CPI 0.85 is below 0.90");
            assertThat(alerts()).extracting(BudgetAlert::kind)
                    .containsExactly(Kind.FORECAST_OVER_BUDGET, Kind.LOW_CPI);
        }

        @Test
        void cpiIsJudgedAtTheTwoDecimalsItIsShownWith() {
            // BAC 200,000, AC 100,000, earned part/2000: CPI = 200,000 × part/2000 ÷ 100,000 = part/1000
            assertThat(cpiAlerts(900)).isEmpty(); // 0.900
            assertThat(cpiAlerts(899)).isEmpty(); // 0.899 → 0.90
            assertThat(cpiAlerts(895)).isEmpty(); // 0.895 → 0.90 (half-even: 9 is odd, so up)
            assertThat(cpiAlerts(894)).containsExactly("CPI 0.89 is below 0.90"); // 0.894 → 0.89
        }

        @Test
        void nothingIsForecastBeforeAQuarterOfTheBudgetIsSpent() {
            BudgetLine all = ledger.line("Office move", "100000");
            ledger.spend(all, "24999.99");
            ledger.task(TaskStatus.DONE, 1);
            ledger.task(TaskStatus.TODO, 99);

            // CPI = 1,000 ÷ 24,999.99 = 0.04 and EAC ≈ 2.5 M, but only 25.0 % − 1 cent is spent
            assertThat(alerts()).isEmpty();

            ledger.spend(all, "0.01");
            assertThat(alerts()).extracting(BudgetAlert::kind)
                    .containsExactly(Kind.FORECAST_OVER_BUDGET, Kind.LOW_CPI);
        }

        @Test
        void aForecastTolerance() {
            BudgetLine all = ledger.line("Office move", "240000");
            ledger.spend(all, "129050.00");
            ledger.task(TaskStatus.DONE, 10);
            ledger.task(TaskStatus.TODO, 10);
            AlertThresholds tolerant = new AlertThresholds(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN,
                    new BigDecimal("0.90"), new BigDecimal("25"));

            // EAC 258,100 is 7.5 % over 240,000: within a 10 % forecast tolerance
            assertThat(VarianceAlerts.check(ledger.summary(), ledger.earnedValue(ProgressBasis.TASK_EFFORT),
                    tolerant)).isEmpty();
        }
    }

    @Test
    void eachCurrencyIsJudgedOnItsOwnTheProjectsFirst() {
        BudgetLine venue = ledger.line("Venue", "5000");
        BudgetLine licences = ledger.line("Licences", "1000", "USD");
        ledger.spend(venue, "5600.00");
        ledger.spend(licences, "1200.00");
        WorkspaceSnapshot workspace = new WorkspaceSnapshot(List.of(ledger.project), ledger.tasks, List.of(),
                List.of(), ledger.milestones, List.of(), List.of(), ledger.lines, ledger.transactions, List.of(),
                List.of());

        // EUR: 5,600 of 5,000 = +12.0 %, on the line and in total. USD: 1,200 of 1,000 = +20.0 %.
        List<BudgetAlert> alerts = VarianceAlerts.check(ledger.project, workspace, ProgressBasis.TASK_EFFORT,
                Ledger.TODAY, AlertThresholds.DEFAULTS);

        assertThat(alerts).extracting(BudgetAlert::message).containsExactly(
                "Total spend is 12.0 % over plan (5,600.00 of 5,000.00 EUR)",
                "Venue is 12.0 % over plan (5,600.00 of 5,000.00 EUR)",
                "Total spend is 20.0 % over plan (1,200.00 of 1,000.00 USD)",
                "Licences is 20.0 % over plan (1,200.00 of 1,000.00 USD)");
        assertThat(alerts).extracting(a -> a.currency().getCurrencyCode()).containsExactly("EUR", "EUR", "USD", "USD");
    }

    @Test
    void budgetAndEarnedValueMustBeInOneCurrency() {
        ledger.line("Licences", "1000", "USD");
        BudgetSummary usd = ledger.summaries().get(1);

        assertThatThrownBy(() -> VarianceAlerts.check(usd, ledger.earnedValue(ProgressBasis.TASK_EFFORT),
                AlertThresholds.DEFAULTS)).hasMessage("budget and earned value must be in one currency");
    }

    @Test
    void thresholdsRefuseNegativesAndMoreThanEverything() {
        assertThatThrownBy(() -> new AlertThresholds(new BigDecimal("-1"), BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.ONE, BigDecimal.TEN)).hasMessage("lineOverPlanPercent must not be negative, was -1");
        assertThatThrownBy(() -> new AlertThresholds(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO,
                BigDecimal.ONE, new BigDecimal("101"))).hasMessage("judgeFromSpentPercent must be at most 100, was 101");
    }

    private List<BudgetAlert> alerts() {
        return VarianceAlerts.check(ledger.summary(), ledger.earnedValue(ProgressBasis.TASK_EFFORT),
                AlertThresholds.DEFAULTS);
    }

    private List<String> cpiAlerts(int part) {
        BudgetLine all = ledger.line("Office move", "200000");
        ledger.spend(all, "100000.00");
        EarnedValue earnedValue = new EarnedValue(EUR, Ledger.TODAY, ProgressBasis.TASK_EFFORT,
                Money.of("200000", "EUR"), Money.of("100000", "EUR"), new Share(part, 2000), null);
        List<String> messages = VarianceAlerts.check(ledger.summary(), earnedValue, AlertThresholds.DEFAULTS).stream()
                .filter(a -> a.kind() == Kind.LOW_CPI).map(BudgetAlert::message).toList();
        ledger.lines.clear();
        ledger.transactions.clear();
        return messages;
    }

    private List<String> messages() {
        return alerts().stream().map(BudgetAlert::message).toList();
    }
}
