package dev.quarterdeck.core.demo;

import static dev.quarterdeck.core.demo.DemoBuilder.projectId;

import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** GRANT, an EU grant application still at the proposal stage. Meant to be GREEN: on plan, little spent. */
final class GrantDemo {

    static final String CODE = "GRANT";

    private GrantDemo() {
    }

    static void addTo(DemoBuilder b) {
        b.add(new Project(projectId(CODE), CODE, "EU grant application",
                "Horizon Europe Cluster 4 proposal for the open data-exchange toolkit, with a consortium of five"
                        + " partners coordinated by Politecnico di Milano. Acme leads the exploitation work package.",
                ProjectStatus.PROPOSED, Priority.LOW, "Maya Lindqvist", "Prof. Elena Rossi, Politecnico di Milano",
                b.day(-30), b.day(50),
                List.of("Submit a complete, eligible proposal before the call deadline",
                        "Secure 1.2 M EUR for Acme's share of the toolkit work"),
                List.of("Proposal submitted two days before the deadline",
                        "Letters of support from all five partners",
                        "Evaluation score of at least 12 out of 15"),
                "Part A forms, Part B (Excellence, Impact, Implementation), consortium budget, letters of support,"
                        + " ethics self-assessment.",
                "The consortium agreement's final legal text (after a positive evaluation).",
                Currency.getInstance("EUR"), new BigDecimal("12000"), b.at(-30, 11, 0), b.now(), 0));

        addTasks(b);
        addMilestones(b);
        addRisks(b);
        addBudget(b);
        addStakeholders(b);
    }

    private static void addTasks(DemoBuilder b) {
        var partB = b.driveFile("1hJ4pX9sN2bQ7vK0mW5cT8rY3gL6dF1aZ", "GRANT Part B — Excellence and Impact (draft)",
                "document")
                .from("Elena Rossi", "elena.rossi@polimi.example").sent(-10, 17, 30).project(CODE)
                .snippet("Section 2 (Impact) is yours, Alex: pathways to impact and the exploitation plan, 10 pages.");
        var tuDelft = b.gmail("18f35e0c2b7a9146", "Letter of support — TU Delft")
                .from("Pieter de Vries", "p.devries@tudelft.example").sent(-2, 16, 45).project(CODE)
                .snippet("Happy to support, but our research office needs the final project abstract before the dean"
                        + " signs. Could you send it this week?");

        b.task("grant.eligibility", CODE, "Check call eligibility rules").done(-25).horizon(Horizon.MONTH).hours(2)
                .owner("Maya Lindqvist").score(40).created(-30);
        b.task("grant.kickoff", CODE, "Hold consortium kick-off call").done(-20).horizon(Horizon.WEEK).due(-20)
                .hours(2).owner("Maya Lindqvist").score(50).created(-28);
        b.task("grant.tud-letter", CODE, "Chase TU Delft letter of support").horizon(Horizon.WEEK).due(3).minutes(20)
                .owner(DemoBuilder.USER_NAME).score(62).created(-2).from(tuDelft);
        b.task("grant.partner-letters", CODE, "Collect letters of support from partners").doing()
                .horizon(Horizon.MONTH).due(20).hours(3).owner("Maya Lindqvist").score(56).created(-18);
        b.task("grant.excellence", CODE, "Write Excellence section of Part B").doing().horizon(Horizon.MONTH).due(22)
                .hours(12).owner("Elena Rossi").score(54).created(-10);
        b.task("grant.impact", CODE, "Write Impact section of Part B").horizon(Horizon.MONTH).due(25).hours(12)
                .owner(DemoBuilder.USER_NAME).score(52).created(-10).from(partB);
        b.task("grant.budget-table", CODE, "Build the consortium budget table").horizon(Horizon.LATER).due(35)
                .hours(6).owner("Maya Lindqvist").score(32).created(-10);
        b.task("grant.ethics", CODE, "Complete ethics self-assessment").horizon(Horizon.LATER).due(40).hours(2)
                .owner("Maya Lindqvist").score(22).created(-9);
        b.task("grant.submit", CODE, "Submit proposal in the Funding & Tenders portal").horizon(Horizon.LATER)
                .pinned().due(48).hours(2).owner("Maya Lindqvist").score(38).created(-28)
                .notes("Two days before the deadline: the portal slows down badly on the last day.");

        b.link("grant.partner-letters", LinkKind.PARENT, "grant.tud-letter");
        for (String part : List.of("grant.partner-letters", "grant.excellence", "grant.impact", "grant.budget-table",
                "grant.ethics")) {
            b.link(part, LinkKind.BLOCKS, "grant.submit");
        }
        b.chain("grant.eligibility", "grant.kickoff", "grant.excellence");
    }

    private static void addMilestones(DemoBuilder b) {
        b.milestone(CODE, "M1 Consortium agreement draft", "Heads of terms agreed by all five partners.", 10, 10,
                MilestoneStatus.PLANNED, null);
        String partB = b.milestone(CODE, "M2 Part B complete", "All sections drafted and reviewed once.", 30, 30,
                MilestoneStatus.PLANNED, null);
        String submitted = b.milestone(CODE, "M3 Proposal submitted", "Submitted in the portal.", 48, 48,
                MilestoneStatus.PLANNED, null);
        b.milestoneTasks(partB, "grant.excellence", "grant.impact");
        b.milestoneTasks(submitted, "grant.partner-letters", "grant.budget-table", "grant.ethics", "grant.submit");
    }

    private static void addRisks(DemoBuilder b) {
        b.risk(CODE, "Partner letters of support arrive late").category("Consortium").rate(2, 3)
                .owner("Maya Lindqvist").identified(-20).review(5)
                .mitigation("Send each partner a ready-to-sign template; chase weekly.");
        b.risk(CODE, "Portal outage on deadline day").category("Submission").rate(1, 3).owner("Maya Lindqvist")
                .status(RiskStatus.ACCEPTED).identified(-28).review(30)
                .mitigation("Submit two days early; re-submission is allowed until the deadline.");
        b.risk(CODE, "Key researcher leaves the consortium").category("Consortium").rate(1, 5)
                .owner("Elena Rossi").identified(-15).review(20);
    }

    private static void addBudget(DemoBuilder b) {
        b.budgetLine(CODE, "Bid writer", "8000");
        b.budgetLine(CODE, "Translation and proofreading", "1500");
        String travel = b.budgetLine(CODE, "Consortium meeting travel", "2500");
        b.spend(travel, -21, "380.00", "Deutsche Bahn", "Kick-off in Milan, return trip");
        b.spend(travel, -20, "212.50", "Hotel Berna", "Kick-off in Milan, one night");
    }

    private static void addStakeholders(DemoBuilder b) {
        b.stakeholder(CODE, "Elena Rossi", "Coordinator", "Politecnico di Milano", "elena.rossi@polimi.example", 4, 5,
                7, -3);
        b.stakeholder(CODE, "Pieter de Vries", "Partner lead", "TU Delft", "p.devries@tudelft.example", 3, 4, 14,
                -14);
        b.stakeholder(CODE, "Anke Schulz", "National contact point", "NCP Digital", "anke.schulz@ncp.example", 2, 1,
                null, -28);
    }
}
