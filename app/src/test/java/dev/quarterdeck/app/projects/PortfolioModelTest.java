package dev.quarterdeck.app.projects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The portfolio's filters and metrics on the demo workspace, without a toolkit. */
class PortfolioModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final WorkspaceSnapshot DEMO = DemoWorkspace.create(TODAY, ZoneId.of("Europe/Berlin"),
            Instant.parse("2025-11-22T08:30:00Z"));
    private static final List<ProjectSummary> SUMMARIES = new WorkspaceRecords(DEMO.projects(), DEMO.tasks(),
            DEMO.milestones(), DEMO.milestoneTasks(), DEMO.risks(), DEMO.budgetLines(), DEMO.transactions())
            .portfolio(TODAY);

    private final PortfolioModel model = new PortfolioModel(id -> { });

    @Test
    void metricsCountOpenProjectsOverdueItemsHighRisksAndVariancePerCurrency() {
        model.show(SUMMARIES);
        PortfolioMetrics metrics = model.metricsProperty().get();

        List<ProjectSummary> open = SUMMARIES.stream().filter(p -> p.project().status().isOpen()).toList();
        assertThat(metrics.activeProjects()).isEqualTo(open.size());
        assertThat(metrics.overdueItems()).isEqualTo(open.stream()
                .mapToInt(p -> p.overdueTasks() + p.overdueMilestones()).sum());
        long high = DEMO.risks().stream().filter(r -> r.status().isActive() && r.score() >= 10)
                .filter(r -> open.stream().anyMatch(p -> p.project().id().equals(r.projectId()))).count();
        assertThat(metrics.highRisks()).isEqualTo((int) high);
        Map<String, BigDecimal> expected = open.stream().collect(Collectors.groupingBy(
                p -> p.project().currency().getCurrencyCode(), Collectors.reducing(BigDecimal.ZERO,
                        p -> p.spent().amount().subtract(p.planned().amount()), BigDecimal::add)));
        assertThat(metrics.variance()).hasSize(expected.size()).allSatisfy(m -> assertThat(m.amount())
                .isEqualByComparingTo(expected.get(m.currency().getCurrencyCode())));
        assertThat(metrics.heatMap().total()).isEqualTo(open.stream().mapToInt(p -> p.activeRisks().size()).sum());
    }

    @Test
    void varianceTextSignsEachCurrency() {
        PortfolioMetrics metrics = new PortfolioMetrics(0, 0, 0, List.of(Money.of("-1200.50", "EUR"),
                Money.of("300", "GBP")), dev.quarterdeck.core.risk.RiskHeatMap.of(List.of()));

        assertThat(metrics.varianceText()).isEqualTo("−1,200.50 EUR · +300 GBP");
        assertThat(metrics.overPlan()).isTrue();
    }

    @Test
    void filtersByStatusHealthOwnerAndHeatMapCell() {
        model.show(SUMMARIES);
        assertThat(model.shown()).hasSize(SUMMARIES.size());

        model.statusFilter().set(ProjectStatus.ACTIVE);
        assertThat(model.shown()).allSatisfy(p -> assertThat(p.project().status()).isEqualTo(ProjectStatus.ACTIVE));
        model.clearFilters();

        model.healthFilter().set(Health.Level.RED);
        assertThat(model.shown()).isNotEmpty().allSatisfy(p -> assertThat(p.health().level())
                .isEqualTo(Health.Level.RED));
        model.clearFilters();

        String owner = SUMMARIES.get(0).project().owner();
        assertThat(model.owners()).contains(PortfolioModel.ANY_OWNER, owner);
        model.ownerFilter().set(owner);
        assertThat(model.shown()).extracting(p -> p.project().owner()).containsOnly(owner);
        model.clearFilters();

        Risk top = SUMMARIES.stream().flatMap(p -> p.activeRisks().stream()).findFirst().orElseThrow();
        int before = model.heatMapProperty().get().total();
        model.cellFilter().set(new PortfolioModel.Cell(top.likelihood(), top.impact()));
        assertThat(model.shown()).isNotEmpty().allSatisfy(p -> assertThat(p.activeRisks())
                .anyMatch(r -> r.likelihood() == top.likelihood() && r.impact() == top.impact()));
        // the matrix does not shrink to the chosen cell's projects
        assertThat(model.heatMapProperty().get().total()).isEqualTo(before);
    }
}
