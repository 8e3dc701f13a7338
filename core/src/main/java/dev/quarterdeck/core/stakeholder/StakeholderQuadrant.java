package dev.quarterdeck.core.stakeholder;

import dev.quarterdeck.core.common.Require;

/**
 * Where a stakeholder sits on the power (influence) / interest grid, and what that asks of the coordinator. A rating
 * of 3 or more counts as high: the middle of a 1–5 scale leans towards attention rather than away from it.
 */
public enum StakeholderQuadrant {
    MANAGE_CLOSELY("Manage closely"),
    KEEP_SATISFIED("Keep satisfied"),
    KEEP_INFORMED("Keep informed"),
    MONITOR("Monitor");

    public static final int HIGH = 3;

    private final String label;

    StakeholderQuadrant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static StakeholderQuadrant of(int influence, int interest) {
        Require.range(influence, 1, 5, "influence");
        Require.range(interest, 1, 5, "interest");
        boolean powerful = influence >= HIGH;
        boolean interested = interest >= HIGH;
        if (powerful) {
            return interested ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interested ? KEEP_INFORMED : MONITOR;
    }

    public static StakeholderQuadrant of(Stakeholder stakeholder) {
        return of(stakeholder.influence(), stakeholder.interest());
    }
}
