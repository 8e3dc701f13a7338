package dev.quarterdeck.core.focus;

/** Signals from where a task came from that make it more pressing, each with its default points. */
public enum SourceSignal {
    DIRECT_EMAIL_FROM_KEY_STAKEHOLDER("direct email from a key stakeholder", 15),
    REVIEW_REQUESTED_OF_ME("review requested of me", 12),
    JIRA_PRIORITY_HIGHEST("Jira priority Highest", 12),
    MEETING_TODAY_NEEDS_PREPARATION("meeting today needs preparation", 25);

    private final String reason;
    private final double points;

    SourceSignal(String reason, double points) {
        this.reason = reason;
        this.points = points;
    }

    public String reason() {
        return reason;
    }

    public double points() {
        return points;
    }
}
