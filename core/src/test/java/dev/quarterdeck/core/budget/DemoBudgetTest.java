package dev.quarterdeck.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.budget.BudgetAlert.Kind;
import dev.quarterdeck.core.budget.BudgetAlert.Severity;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The budget calculations on the demo workspace, whose projects were written to show each alert. */
class DemoBudgetTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final WorkspaceSnapshot DEMO = DemoWorkspace.create(TODAY, VIENNA,
            TODAY.atTime(7, 45).atZone(VIENNA).toInstant());

    @Test
    void hireIsOverBudgetInTotalAndOnItsAgencyLine() {
        // Agency fees 3 × 13,800 = 41,400 of 30,000 (+38.0 %); advertising 4,200 + 3,850 − 600 = 7,450;
        // assessment 6,000; travel 820 + 560 = 1,380. Total 56,230 of 48,000: +8,230 = +17.15 % → 17.1.
        // Effort done 4 h + 6 h + 45 min = 645 of 1,215 min: EV = 48,000 × 645/1215 = 25,481.48,
        // CPI = 25,481.48 ÷ 56,230 = 0.45. The forecast (105,921.63) is left out: the total alert says it.
        List<BudgetAlert> alerts = alerts("HIRE", ProgressBasis.TASK_EFFORT);

        assertThat(alerts).extracting(BudgetAlert::message).containsExactly(
                "Total spend is 17.1 % over plan (56,230.00 of 48,000.00 GBP)",
                "CPI 0.45 is below 0.90",
                "Agency fees is 38.0 % over plan (41,400.00 of 30,000.00 GBP)");
        assertThat(alerts.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alerts("HIRE", ProgressBasis.MILESTONES)).extracting(BudgetAlert::kind)
                .contains(Kind.TOTAL_OVER_PLAN, Kind.LINE_OVER_PLAN);
    }

    @Test
    void novaIsForecastToOverrunWithNoLineOrTotalOverYet() {
        // Spent: agency 54,000, event 40,500, media 16,000 + 16,500 − 2,500 = 30,000, localisation 4,200:
        // AC 128,700 of BAC 180,000 (71.5 %), every line under plan. Done effort 6 + 4 + 5 + 10 = 25 h of 49 h:
        // EV = 180,000 × 25/49 = 91,836.73; CPI 0.71; EAC = 128,700 × 49/25 = 252,252.00.
        // On milestones 2 of 3 are done: EV 120,000, CPI 0.93, EAC = 128,700 × 3/2 = 193,050.00.
        assertThat(messages("NOVA", ProgressBasis.TASK_EFFORT)).containsExactly(
                "Forecast at completion 252,252.00 USD exceeds the budget of 180,000.00 USD",
                "CPI 0.71 is below 0.90");
        assertThat(messages("NOVA", ProgressBasis.MILESTONES)).containsExactly(
                "Forecast at completion 193,050.00 USD exceeds the budget of 180,000.00 USD");
    }

    @Test
    void grantRaisesNothing() {
        // 592.50 of 12,000 spent: no line over, and below the quarter spent that forecast and CPI wait for
        assertThat(alerts("GRANT", ProgressBasis.TASK_EFFORT)).isEmpty();
        assertThat(alerts("GRANT", ProgressBasis.MILESTONES)).isEmpty();
    }

    @Test
    void atlasHasItsRemovalsLineOverAndKubeIsTooEarlyToJudge() {
        // Removals 20,000 + 6,000 + 20,000 − 1,200 = 44,800 of 40,000: +12.0 %
        assertThat(messages("ATLAS", ProgressBasis.TASK_EFFORT))
                .containsExactly("Removals is 12.0 % over plan (44,800.00 of 40,000.00 EUR)");
        // KUBE has CPI 0.53 on effort, but only 4,467.60 of 30,000 (14.9 %) is spent
        assertThat(EarnedValue.measure(project("KUBE"), DEMO, ProgressBasis.TASK_EFFORT, TODAY).cpi())
                .contains(new BigDecimal("0.53"));
        assertThat(alerts("KUBE", ProgressBasis.TASK_EFFORT)).isEmpty();
    }

    @Test
    void novasEarnedValueMatchesTheWorkedExample() {
        EarnedValue nova = EarnedValue.measure(project("NOVA"), DEMO, ProgressBasis.TASK_EFFORT, TODAY);

        // Day 75 of 105 (start −75, due +30): PV = 180,000 × 75/105 = 128,571.43; SPI = 91,836.73 ÷ 128,571.43
        assertThat(nova.bac()).isEqualTo(Money.of("180000", "USD"));
        assertThat(nova.ac()).isEqualTo(Money.of("128700", "USD"));
        assertThat(nova.percentComplete()).isEqualByComparingTo("51.0");
        assertThat(nova.pv()).contains(Money.of("128571.43", "USD"));
        assertThat(nova.ev()).isEqualTo(Money.of("91836.73", "USD"));
        assertThat(nova.cpi()).contains(new BigDecimal("0.71"));
        assertThat(nova.spi()).contains(new BigDecimal("0.71"));
        assertThat(nova.eac()).contains(Money.of("252252.00", "USD"));
        assertThat(nova.vac()).contains(Money.of("-72252.00", "USD"));
    }

    @Test
    void novasBurnChartMeetsTodayAndEndsAtTheForecast() {
        Project nova = project("NOVA");
        EarnedValue ev = EarnedValue.measure(nova, DEMO, ProgressBasis.TASK_EFFORT, TODAY);

        BurnSeries burn = BurnSeries.of(nova, DEMO.transactions(), ev, BurnInterval.WEEK);

        // 105 days from start to due: weekly points on days 0, 7, …, 98, plus today (day 75) and the due date
        assertThat(burn.actual().get(0)).isEqualTo(new BurnPoint(nova.start(), Money.of("0", "USD")));
        assertThat(burn.actual().get(burn.actual().size() - 1)).isEqualTo(new BurnPoint(TODAY, ev.ac()));
        assertThat(burn.planned().get(burn.planned().size() - 1)).isEqualTo(new BurnPoint(nova.due(), ev.bac()));
        assertThat(burn.forecast()).first().isEqualTo(new BurnPoint(TODAY, ev.ac()));
        assertThat(burn.forecast()).last().isEqualTo(new BurnPoint(nova.due(), ev.eac().orElseThrow()));
        assertThat(burn.planned()).hasSize(17);
    }

    private static List<BudgetAlert> alerts(String code, ProgressBasis basis) {
        return VarianceAlerts.check(project(code), DEMO, basis, TODAY, AlertThresholds.DEFAULTS);
    }

    private static List<String> messages(String code, ProgressBasis basis) {
        return alerts(code, basis).stream().map(BudgetAlert::message).toList();
    }

    private static Project project(String code) {
        return DEMO.projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
