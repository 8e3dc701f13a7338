package dev.quarterdeck.core.stakeholder;

import dev.quarterdeck.core.common.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person with a stake in a project, placed on a power (influence) / interest grid. */
public record Stakeholder(
        UUID id,
        UUID projectId,
        String name,
        String role,
        String organisation,
        String email,
        int influence,
        int interest,
        Duration cadence,
        LocalDate lastContact,
        Instant updatedAt,
        long version) {

    public Stakeholder {
        Require.present(id, "id");
        Require.present(projectId, "projectId");
        name = Require.text(name, "name", 120);
        role = Require.optionalText(role, "role", 120);
        organisation = Require.optionalText(organisation, "organisation", 120);
        email = Require.email(email, "email");
        Require.range(influence, 1, 5, "influence");
        Require.range(interest, 1, 5, "interest");
        if (cadence != null && (cadence.isNegative() || cadence.isZero())) {
            throw new IllegalArgumentException("cadence must be positive, was " + cadence);
        }
        Require.present(updatedAt, "updatedAt");
        Require.notNegative(version, "version");
    }

    /** True when the agreed cadence has passed since the last contact (or there never was one). */
    public boolean isDueForUpdate(LocalDate today) {
        if (cadence == null) {
            return false;
        }
        return lastContact == null || !lastContact.plusDays(cadence.toDays()).isAfter(today);
    }
}
