package dev.quarterdeck.core.demo;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A realistic demo workspace: five projects of different kinds, their tasks across every horizon and status, links,
 * connector items, risks, milestones, stakeholders and budgets. Hand-written and deterministic: the same inputs give
 * an equal snapshot with the same IDs, so loading it twice merges instead of duplicating.
 *
 * <p>Every date is relative to {@code today} and every time of day is local to {@code zone}, so the demo never goes
 * stale: the Atlas steering meeting is always today at 10:00. {@code now} stamps what the demo was last changed and
 * seen at. Intended health on {@code today}: ATLAS amber (slipping lease milestone, removals line over), KUBE red
 * (overdue milestone, critical risk), NOVA amber (spend forecast to overrun), HIRE red (17 % over budget),
 * GRANT green.
 */
public final class DemoWorkspace {

    private DemoWorkspace() {
    }

    public static WorkspaceSnapshot create(LocalDate today, ZoneId zone, Instant now) {
        Require.present(today, "today");
        Require.present(zone, "zone");
        Require.present(now, "now");
        DemoBuilder builder = new DemoBuilder(today, zone, now);
        AtlasDemo.addTo(builder);
        KubeDemo.addTo(builder);
        NovaDemo.addTo(builder);
        HireDemo.addTo(builder);
        GrantDemo.addTo(builder);
        InboxDemo.addTo(builder);
        return builder.build();
    }
}
