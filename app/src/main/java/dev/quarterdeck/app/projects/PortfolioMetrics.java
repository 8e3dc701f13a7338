package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskHeatMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics strip and heat map over a set of projects. Only open projects (proposed, active, on hold) count:
 * a finished project's leftovers are not today's trouble.
 *
 * @param activeProjects open projects
 * @param overdueItems   overdue tasks plus overdue milestones
 * @param highRisks      active risks in the high or critical band
 * @param variance       spent minus planned, one amount per currency (never converted), currency code order
 * @param heatMap        active risks by likelihood × impact
 */
public record PortfolioMetrics(int activeProjects, int overdueItems, int highRisks, List<Money> variance,
        RiskHeatMap heatMap) {

    public static PortfolioMetrics of(Collection<ProjectSummary> projects) {
        List<ProjectSummary> open = projects.stream().filter(p -> p.project().status().isOpen()).toList();
        Map<String, Money> variance = new TreeMap<>();
        List<Risk> risks = new ArrayList<>();
        for (ProjectSummary project : open) {
            variance.merge(project.variance().currency().getCurrencyCode(), project.variance(), Money::plus);
            risks.addAll(project.activeRisks());
        }
        return new PortfolioMetrics(open.size(), open.stream().mapToInt(ProjectSummary::overdueItems).sum(),
                open.stream().mapToInt(ProjectSummary::highRisks).sum(), List.copyOf(variance.values()),
                RiskHeatMap.of(risks));
    }

    /** "+12,300 EUR · −800 USD", or "0" when nothing is planned or spent. */
    public String varianceText() {
        if (variance.isEmpty()) {
            return "0";
        }
        return String.join(" · ", variance.stream().map(m -> (m.amount().signum() > 0 ? "+" : m.amount().signum() < 0 ? "−" : "")
                + MoneyText.of(new Money(m.amount().abs(), m.currency()))).toList());
    }

    /** True when any currency's total is over plan. */
    public boolean overPlan() {
        return variance.stream().anyMatch(m -> m.amount().signum() > 0);
    }
}
