package dev.quarterdeck.core.project;

import dev.quarterdeck.core.common.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A project the user runs. The code (2–12 upper-case letters or digits, starting with a letter) is what the
 * user types in quick-add ("#KUBE") and what risk IDs and exports refer to.
 */
public record Project(
        UUID id,
        String code,
        String name,
        String description,
        ProjectStatus status,
        Priority priority,
        String owner,
        String sponsor,
        LocalDate start,
        LocalDate due,
        List<String> objectives,
        List<String> successCriteria,
        String scopeIn,
        String scopeOut,
        Currency currency,
        BigDecimal budgetTotal,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9]{1,11}";

    public Project {
        Require.present(id, "id");
        code = Require.text(code, "code", 12);
        if (!code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("code must be 2–12 upper-case letters or digits starting with a letter: "
                    + code);
        }
        name = Require.text(name, "name", 120);
        description = Require.freeText(description, "description", 20_000);
        Require.present(status, "status");
        Require.present(priority, "priority");
        owner = Require.optionalText(owner, "owner", 120);
        sponsor = Require.optionalText(sponsor, "sponsor", 120);
        Require.order(start, due, "start", "due");
        objectives = List.copyOf(Require.present(objectives, "objectives"));
        successCriteria = List.copyOf(Require.present(successCriteria, "successCriteria"));
        scopeIn = Require.freeText(scopeIn, "scopeIn", 20_000);
        scopeOut = Require.freeText(scopeOut, "scopeOut", 20_000);
        Require.present(currency, "currency");
        Require.notNegative(budgetTotal, "budgetTotal");
        // Scaled to the currency's minor unit like every Money amount, so 5000 and 5000.00 are the same budget
        // (BigDecimal.equals compares scale) and the value reads back equal from a NUMERIC column.
        budgetTotal = new dev.quarterdeck.core.budget.Money(budgetTotal, currency).amount();
        Require.present(createdAt, "createdAt");
        Require.present(updatedAt, "updatedAt");
        Require.notNegative(version, "version");
    }

    public Project withStatus(ProjectStatus newStatus, Instant now) {
        return new Project(id, code, name, description, newStatus, priority, owner, sponsor, start, due, objectives,
                successCriteria, scopeIn, scopeOut, currency, budgetTotal, createdAt, now, version);
    }
}
