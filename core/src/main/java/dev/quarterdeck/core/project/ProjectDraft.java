package dev.quarterdeck.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * What the intake form collects for a new project (or the edit of one), already parsed into values. Nothing here
 * is checked yet: {@link ProjectIntake#check} says what is wrong, field by field. A value the form could not parse
 * arrives as {@code null} together with the form's own problem for that field.
 *
 * @param lines        first budget lines (new projects only; later lines are kept in the Budget tab)
 * @param risks        first risks, numbered, … on creation (new projects only)
 * @param stakeholders first stakeholders (new projects only)
 */
public record ProjectDraft(
        String name,
        String code,
        String description,
        ProjectStatus status,
        Priority priority,
        String owner,
        String sponsor,
        LocalDate start,
        LocalDate due,
        Currency currency,
        List<String> objectives,
        List<String> successCriteria,
        String scopeIn,
        String scopeOut,
        BigDecimal budgetTotal,
        List<LineDraft> lines,
        List<RiskDraft> risks,
        List<StakeholderDraft> stakeholders) {

    public ProjectDraft {
        objectives = List.copyOf(objectives == null ? List.of() : objectives);
        successCriteria = List.copyOf(successCriteria == null ? List.of() : successCriteria);
        lines = List.copyOf(lines == null ? List.of() : lines);
        risks = List.copyOf(risks == null ? List.of() : risks);
        stakeholders = List.copyOf(stakeholders == null ? List.of() : stakeholders);
    }

    /** A budget line: a category and its planned amount in the project's currency. */
    public record LineDraft(String category, BigDecimal planned) {
    }

    /** A first risk; identified today, open, next review in four weeks. Likelihood and impact 1–5 (0 = unset). */
    public record RiskDraft(String title, String category, int likelihood, int impact, String owner,
            String mitigation) {
    }

    /** A first stakeholder. Influence and interest 1–5 (0 = unset). */
    public record StakeholderDraft(String name, String role, String organisation, String email, int influence,
            int interest) {
    }
}
