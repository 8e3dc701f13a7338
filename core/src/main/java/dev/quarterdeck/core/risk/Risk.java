package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An entry in a project's risk register. {@code key} is the per-project ID shown to users. */
public record Risk(
        UUID id,
        UUID projectId,
        String key,
        String title,
        String description,
        String category,
        int likelihood,
        int impact,
        String owner,
        String mitigation,
        String contingency,
        RiskStatus status,
        LocalDate identified,
        LocalDate nextReview,
        LocalDate closed,
        Instant updatedAt,
        long version) {

    public static final String KEY_PATTERN = "R-\\d{3,}";

    public Risk {
        Require.present(id, "id");
        Require.present(projectId, "projectId");
        key = Require.text(key, "key", 12);
        if (!key.matches(KEY_PATTERN)) {
            throw new IllegalArgumentException("key must look like R-001, was " + key);
        }
        title = Require.text(title, "title", 200);
        description = Require.freeText(description, "description", 20_000);
        category = Require.optionalText(category, "category", 60);
        Require.range(likelihood, 1, 5, "likelihood");
        Require.range(impact, 1, 5, "impact");
        owner = Require.optionalText(owner, "owner", 120);
        mitigation = Require.freeText(mitigation, "mitigation", 20_000);
        contingency = Require.freeText(contingency, "contingency", 20_000);
        Require.present(status, "status");
        Require.present(identified, "identified");
        Require.order(identified, nextReview, "identified", "nextReview");
        Require.order(identified, closed, "identified", "closed");
        if (status == RiskStatus.CLOSED && closed == null) {
            throw new IllegalArgumentException("a closed risk needs a closed date");
        }
        Require.present(updatedAt, "updatedAt");
        Require.notNegative(version, "version");
    }

    public static String keyFor(int sequence) {
        return String.format(java.util.Locale.ROOT, "R-%03d", sequence);
    }

    public int score() {
        return likelihood * impact;
    }

    public RiskBand band() {
        return RiskBand.of(score());
    }

    public boolean isReviewOverdue(LocalDate today) {
        return status.isActive() && nextReview != null && nextReview.isBefore(today);
    }
}
