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

/**
 * ATLAS, a public-sector office move. Meant to be AMBER: the lease milestone slips 4 days, removals run 12 % over
 * their line (the total is well within plan), one high risk is open and one task is overdue. The steering meeting
 * is today at 10:00.
 */
final class AtlasDemo {

    static final String CODE = "ATLAS";

    private AtlasDemo() {
    }

    static void addTo(DemoBuilder b) {
        b.add(new Project(projectId(CODE), CODE, "Atlas office move",
                "Acme runs the move of the Regional Planning Office (180 staff, three public counters) from Atlas House"
                        + " to the refurbished Quay Street building, under framework contract RPO-2024-17.",
                ProjectStatus.ACTIVE, Priority.HIGH, "Lea Novak", "Martin Graf, Director of Operations, RPO",
                b.day(-120), b.day(70),
                List.of("Move 180 staff and three public counters to Quay Street",
                        "Hand Atlas House back in its original condition before the lease ends",
                        "Cut annual accommodation cost by 18 %"),
                List.of("Public counters closed for at most one working day",
                        "Every team working from Quay Street on the Monday after the move weekend",
                        "Dilapidations settled for under 15,000 EUR",
                        "Move delivered within the approved 240,000 EUR"),
                "Lease, fit-out, removals, IT and telephony cut-over, staff communications, decommissioning of"
                        + " Atlas House.",
                "Records digitisation (a separate programme); new furniture beyond re-use and ergonomic needs.",
                Currency.getInstance("EUR"), new BigDecimal("240000"), b.at(-120, 9, 30), b.now(), 0));

        addTasks(b);
        addMilestones(b);
        addRisks(b);
        addBudget(b);
        addStakeholders(b);
    }

    private static void addTasks(DemoBuilder b) {
        var steering = b.event("4mq8c1r0v6h2k9d3p5tn7gbe1s", "Atlas steering meeting", 0, 10, 0, 11, 0)
                .from("Martin Graf", "martin.graf@planning-office.example").sent(-21, 9, 32).project(CODE)
                .snippet("Room 4.12 and Teams. Agenda: 1. Lease status (M2) 2. Removals budget"
                        + " 3. Counter closure day 4. AOB");
        var revisedQuote = b.gmail("18f31c7a9e4b2f08", "Revised quote: 140 additional crates for Quay Street")
                .from("Birgit Kranz", "b.kranz@kranz-umzuege.example").sent(-2, 11, 3).due(-1).project(CODE)
                .snippet("Dear Ms Novak, following the team walk-through we need 140 more crates and a second lorry"
                        + " on the Saturday. Revised quote attached, valid until tomorrow.");
        var spacePlan = b.driveFile("1Qw7ZkTz3rXbV0nLm2sP8dRfYh6JcA4uE", "Atlas — Space plan v7", "spreadsheets")
                .from("Lea Novak", "lea.novak@acme.example").sent(-6, 16, 10).project(CODE)
                .snippet("12 comments. Floor 3: counter staff want the quiet room next to the public area.");

        b.task("atlas.steering-prep", CODE, "Prepare for Atlas steering meeting").horizon(Horizon.TODAY).pinned()
                .due(0).minutes(60).owner(DemoBuilder.USER_NAME).score(93).created(-3)
                .notes("Bring the lease slip (M2), the removals overspend and the counter closure decision.")
                .from(steering);
        b.task("atlas.removals-quote", CODE, "Approve revised removals quote").horizon(Horizon.TODAY).due(-1)
                .minutes(30).owner(DemoBuilder.USER_NAME).score(88).created(-2)
                .notes("Pushes Removals over its line; check whether the extra lorry can come from Contingency.")
                .from(revisedQuote);
        b.task("atlas.space-plan", CODE, "Review space plan v7 comments").doing().horizon(Horizon.WEEK).due(2)
                .hours(2).owner(DemoBuilder.USER_NAME).score(71).created(-6)
                .from(spacePlan);
        b.task("atlas.counter-notice", CODE, "Agree public counter closure notice with comms").doing()
                .horizon(Horizon.WEEK).due(4).minutes(90).owner("Nadia Petrov").score(66).created(-8);
        b.task("atlas.lease-sign", CODE, "Sign lease for Quay Street").waiting().horizon(Horizon.WEEK).due(7)
                .hours(2).owner("Martin Graf").score(82).created(-30)
                .notes("Waiting for the landlord's counter-signature; their lender reopened the rent-free clause.");
        b.task("atlas.fitout-commission", CODE, "Commission fit-out works").horizon(Horizon.MONTH).due(14).hours(3)
                .owner("Lea Novak").score(58).created(-20);
        b.task("atlas.cabling", CODE, "Install network cabling and Wi-Fi at Quay Street").horizon(Horizon.MONTH)
                .due(35).hours(24).owner("Jonas Weber").score(45).created(-20);
        b.task("atlas.phone-port", CODE, "Port public counter phone numbers").horizon(Horizon.LATER).due(55)
                .hours(4).owner("Jonas Weber").score(30).created(-15);
        b.task("atlas.move-weekend", CODE, "Run the move weekend").horizon(Horizon.LATER).pinned().due(60)
                .hours(16).owner("Lea Novak").score(28).created(-50);
        b.task("atlas.dilapidations", CODE, "Get dilapidations survey for Atlas House").horizon(Horizon.LATER)
                .due(40).hours(2).owner("Lea Novak").score(33).created(-25);
        b.task("atlas.staff-faq", CODE, "Publish staff FAQ on the move").done(-3).horizon(Horizon.WEEK).due(-3)
                .hours(3).owner(DemoBuilder.USER_NAME).score(62).created(-14);
        b.task("atlas.crate-count", CODE, "Count crates per team for removals").done(-5).horizon(Horizon.WEEK)
                .due(-4).hours(2).owner("Lea Novak").score(55).created(-10);
        b.task("atlas.lease-legal", CODE, "Legal review of Quay Street lease").done(-12).horizon(Horizon.MONTH)
                .due(-10).hours(6).owner("Lea Novak").score(70).created(-40);
        b.task("atlas.it-inventory", CODE, "Inventory desk phones and docking stations").done(-15)
                .horizon(Horizon.MONTH).hours(5).owner("Jonas Weber").score(40).created(-35);
        b.task("atlas.fitout-tender", CODE, "Award fit-out contract").done(-27).horizon(Horizon.MONTH).due(-25)
                .hours(4).owner("Lea Novak").score(65).created(-60);
        b.task("atlas.book-removals", CODE, "Book removals firm").done(-36).horizon(Horizon.MONTH).due(-35)
                .hours(3).owner("Lea Novak").score(60).created(-70);
        b.task("atlas.business-case", CODE, "Write business case for the move").done(-98).horizon(Horizon.MONTH)
                .due(-100).hours(16).owner(DemoBuilder.USER_NAME).score(50).created(-118);
        b.task("atlas.parking", CODE, "Negotiate visitor parking at Quay Street").cancelled(-20)
                .horizon(Horizon.LATER).owner("Lea Novak").score(12).created(-45)
                .notes("Not needed: the lease includes six visitor bays.");

        b.chain("atlas.lease-legal", "atlas.lease-sign", "atlas.fitout-commission", "atlas.cabling",
                "atlas.phone-port", "atlas.move-weekend");
        b.chain("atlas.book-removals", "atlas.crate-count", "atlas.removals-quote", "atlas.move-weekend");
        b.chain("atlas.fitout-tender", "atlas.fitout-commission");
        b.link("atlas.counter-notice", LinkKind.RELATES, "atlas.staff-faq");
        b.link("atlas.space-plan", LinkKind.RELATES, "atlas.fitout-commission");
    }

    private static void addMilestones(DemoBuilder b) {
        b.milestone(CODE, "M1 Business case approved", "Approved by the RPO board.", -100, -100, MilestoneStatus.DONE,
                -98);
        String lease = b.milestone(CODE, "M2 Lease signed", "Both parties have signed the Quay Street lease.", 3, 7,
                MilestoneStatus.IN_PROGRESS, null);
        String fitOut = b.milestone(CODE, "M3 Fit-out complete", "Floors 2–4 handed over, network live.", 45, 45,
                MilestoneStatus.PLANNED, null);
        String move = b.milestone(CODE, "M4 Move weekend", "All teams and counters moved; counters reopen Monday.",
                60, 60, MilestoneStatus.PLANNED, null);
        String handBack = b.milestone(CODE, "M5 Atlas House handed back", "Keys returned, dilapidations agreed.",
                70, 70, MilestoneStatus.PLANNED, null);
        b.milestoneTasks(lease, "atlas.lease-legal", "atlas.lease-sign");
        b.milestoneTasks(fitOut, "atlas.fitout-commission", "atlas.cabling");
        b.milestoneTasks(move, "atlas.phone-port", "atlas.move-weekend", "atlas.removals-quote");
        b.milestoneTasks(handBack, "atlas.dilapidations");
        // R-001 removals firm, R-002 lease counter-signature (see addRisks)
        b.riskLinks(CODE, "R-001", "atlas.removals-quote", move);
        b.riskLinks(CODE, "R-002", "atlas.lease-sign", lease);
    }

    private static void addRisks(DemoBuilder b) {
        b.risk(CODE, "Removals firm cannot hold the move weekend").category("Supplier").rate(3, 3).owner("Lea Novak")
                .identified(-60).review(-5)
                .describe("Kranz Umzüge holds the date only until the revised quote is approved.")
                .mitigation("Approve the revised quote this week; keep a second firm's quote on file.")
                .contingency("Move over two weekends with the counters closed on the Friday.");
        b.risk(CODE, "Lease counter-signature delayed by the landlord's lender").category("Commercial").rate(3, 4)
                .owner("Martin Graf").identified(-25).review(7)
                .describe("The lender reopened the rent-free clause; every week of delay eats into fit-out time.")
                .mitigation("Escalate through the RPO director; offer a shorter rent-free period.")
                .contingency("Start fit-out under a licence to occupy.");
        b.risk(CODE, "Counter closure runs beyond one working day").category("Service").rate(2, 2)
                .owner("Nadia Petrov").status(RiskStatus.MITIGATING).identified(-40).review(10)
                .mitigation("Phone lines ported on the Friday; a pop-up counter in the Quay Street lobby.");
        b.risk(CODE, "Asbestos found in the Quay Street ceiling voids").category("Health and safety").rate(4, 5)
                .owner("Lea Novak").identified(-90).closed(-40)
                .describe("Survey came back clear on all floors.");
    }

    private static void addBudget(DemoBuilder b) {
        String removals = b.budgetLine(CODE, "Removals", "40000");
        String fitOut = b.budgetLine(CODE, "Fit-out", "120000");
        String it = b.budgetLine(CODE, "IT and telephony", "45000");
        String furniture = b.budgetLine(CODE, "Furniture", "20000");
        b.budgetLine(CODE, "Contingency", "15000");

        b.spend(removals, -36, "20000.00", "Kranz Umzüge GmbH", "Deposit, 50 % of the original quote");
        b.spend(removals, -20, "6000.00", "Kranz Umzüge GmbH", "Crate hire, 600 crates for 8 weeks");
        b.spend(removals, -5, "20000.00", "Kranz Umzüge GmbH", "Second instalment");
        b.spend(removals, -3, "-1200.00", "Kranz Umzüge GmbH", "Credit for 40 damaged crates returned");
        b.spend(fitOut, -60, "4500.00", "Brennan Interiors", "Design fee");
        b.spend(fitOut, -27, "24000.00", "Brennan Interiors", "Stage 1: strip-out of floors 2–4");
        b.spend(it, -25, "9800.00", "NetLine Cabling", "Cat 6A survey and first-floor cabling");
        b.spend(it, -12, "6240.00", "Comtrade Solutions", "8 access switches");
        b.spend(furniture, -18, "1850.00", "ErgoWorks", "Ergonomic chairs for 5 staff with assessments");
    }

    private static void addStakeholders(DemoBuilder b) {
        b.stakeholder(CODE, "Martin Graf", "Director of Operations", "Regional Planning Office",
                "martin.graf@planning-office.example", 5, 4, 7, -9);
        b.stakeholder(CODE, "Eva Brandt", "Chair of the staff council", "Regional Planning Office",
                "eva.brandt@planning-office.example", 3, 5, 14, -5);
        b.stakeholder(CODE, "Owen Price", "Letting agent", "Quay Street Properties", "owen.price@qsp.example", 4, 2,
                14, -3);
        b.stakeholder(CODE, "Samira Haddad", "Public counters lead", "Regional Planning Office",
                "samira.haddad@planning-office.example", 2, 5, 30, -10);
    }
}
