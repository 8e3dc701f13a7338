package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A ledger entry against a budget line. Refunds are negative amounts. */
public record Transaction(
        UUID id,
        UUID projectId,
        UUID budgetLineId,
        LocalDate date,
        Money amount,
        String vendor,
        String note,
        Instant updatedAt,
        long version) {

    public Transaction {
        Require.present(id, "id");
        Require.present(projectId, "projectId");
        Require.present(budgetLineId, "budgetLineId");
        Require.present(date, "date");
        Require.present(amount, "amount");
        if (amount.amount().signum() == 0) {
            throw new IllegalArgumentException("amount must not be zero");
        }
        vendor = Require.optionalText(vendor, "vendor", 200);
        note = Require.freeText(note, "note", 2_000);
        Require.present(updatedAt, "updatedAt");
        Require.notNegative(version, "version");
    }
}
