package dev.quarterdeck.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Drafts as the intake form would hand them over. */
final class IntakeFixtures {

    static final Currency EUR = Currency.getInstance("EUR");

    private IntakeFixtures() {
    }

    static ProjectDraft atlas() {
        return new ProjectDraft("Atlas office move", "ATLAS", "Move 120 people to the new office.",
                ProjectStatus.ACTIVE, Priority.HIGH, "Lea Novak", "Mia Berg", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 9, 30), EUR, List.of("Everyone moved by September"),
                List.of("No day without a desk"), "Floors 3 and 4", "Furniture purchase",
                new BigDecimal("240000"),
                List.of(new ProjectDraft.LineDraft("Removals", new BigDecimal("40000")),
                        new ProjectDraft.LineDraft("Fit-out", new BigDecimal("120000.50"))),
                List.of(new ProjectDraft.RiskDraft("Lease not signed", "Legal", 4, 5, "Lea Novak", "Escalate"),
                        new ProjectDraft.RiskDraft("Movers unavailable", null, 3, 3, null, null)),
                List.of(new ProjectDraft.StakeholderDraft("Mia Berg", "Sponsor", "Board", "mia@example.com", 5, 4)));
    }

    static ProjectDraft with(ProjectDraft d, String code, LocalDate start, LocalDate due,
            List<ProjectDraft.RiskDraft> risks) {
        return new ProjectDraft(d.name(), code, d.description(), d.status(), d.priority(), d.owner(), d.sponsor(),
                start, due, d.currency(), d.objectives(), d.successCriteria(), d.scopeIn(), d.scopeOut(),
                d.budgetTotal(), d.lines(), risks, d.stakeholders());
    }
}
