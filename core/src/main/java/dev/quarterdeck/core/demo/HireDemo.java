package dev.quarterdeck.core.demo;

import static dev.quarterdeck.core.demo.DemoBuilder.projectId;

import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * HIRE, a hiring round for site reliability engineers, on hold until the Q3 budget is approved. Meant to be RED:
 * three agency placement fees put the Agency fees line 38 % and the whole budget 17 % over plan.
 */
final class HireDemo {

    static final String CODE = "HIRE";

    private HireDemo() {
    }

    static void addTo(DemoBuilder b) {
        b.add(new Project(projectId(CODE), CODE, "SRE hiring round",
                "Hire four site reliability engineers for the London platform team. On hold since the agency fees"
                        + " ran over; the last offer waits for the Q3 budget decision.",
                ProjectStatus.ON_HOLD, Priority.MEDIUM, "Tom Becker", "Daniel Okafor, CTO", b.day(-90), b.day(45),
                List.of("Four SREs signed and starting by the end of the quarter",
                        "On-call rota back to one week in five"),
                List.of("Four accepted offers", "Time to hire under 60 days per role",
                        "Every new SRE on call within eight weeks of starting"),
                "Role profiles, sourcing (agency and direct), interviews, offers, onboarding plan.",
                "Relocation packages; contractor cover for the on-call gap.",
                Currency.getInstance("GBP"), new BigDecimal("48000"), b.at(-90, 9, 15), b.now(), 0));

        addTasks(b);
        addMilestones(b);
        addRisks(b);
        addBudget(b);
        addStakeholders(b);
    }

    private static void addTasks(DemoBuilder b) {
        var invoice = b.gmail("18f1b4e8d6a0c937", "Invoice INV-2291 — placement fee (3rd hire)")
                .from("TalentBridge Accounts", "accounts@talentbridge.example").sent(-5, 14, 20).due(9)
                .project(CODE)
                .snippet("Please find attached invoice INV-2291 for 13,800.00 GBP, payable within 14 days.");
        var reply = b.gmail("18f3a6d1e27c4b90", "Re: Q3 budget — need your numbers by Friday")
                .from("Tom Becker", "tom.becker@acme.example").sent(-1, 9, 40).thread("18f3a2c47b9d0e15")
                .references("18f3a2c47b9d0e15").project(CODE)
                .snippet("Alex, the agency line is at 41.4k against 30k planned — three placements at 20 %. I'll send"
                        + " the breakdown to finance today if you can add a line for Daniel.");

        b.task("hire.profiles", CODE, "Write SRE role profiles").done(-80).horizon(Horizon.MONTH).due(-82).hours(4)
                .owner("Tom Becker").score(50).created(-88);
        b.task("hire.shortlist", CODE, "Shortlist candidates with the agency").done(-30).horizon(Horizon.MONTH)
                .due(-30).hours(6).owner("Tom Becker").score(55).created(-60);
        b.task("hire.panel", CODE, "Book interview panel for the final round").done(-3).horizon(Horizon.WEEK)
                .due(-2).minutes(45).owner("Grace Liu").score(53).created(-12);
        b.task("hire.invoice", CODE, "Query agency invoice INV-2291").horizon(Horizon.TODAY).due(-3).minutes(30)
                .owner(DemoBuilder.USER_NAME).score(77).created(-5).from(invoice)
                .notes("The contract caps fees at 18 % from the third placement; the invoice charges 20 %.");
        b.task("hire.spend-summary", CODE, "Send agency spend summary to finance").doing().horizon(Horizon.TODAY)
                .due(0).minutes(60).owner(DemoBuilder.USER_NAME).score(80).created(-1).from(reply);
        b.task("hire.budget", CODE, "Get Q3 hiring budget re-approved").waiting().horizon(Horizon.WEEK).due(5)
                .minutes(60).owner("Tom Becker").score(74).created(-7);
        b.task("hire.references", CODE, "Take up references for two finalists").waiting().horizon(Horizon.WEEK)
                .due(4).minutes(60).owner("Grace Liu").score(59).created(-6);
        b.task("hire.offers", CODE, "Send offers to final candidates").horizon(Horizon.MONTH).due(15).hours(2)
                .owner("Tom Becker").score(48).created(-7);
        b.task("hire.onboarding", CODE, "Prepare onboarding plan for new SREs").horizon(Horizon.LATER).due(40)
                .hours(4).owner("Tom Becker").score(26).created(-14);
        b.task("hire.take-home", CODE, "Refresh the take-home exercise").cancelled(-2).horizon(Horizon.WEEK)
                .owner("Grace Liu").score(18).created(-20)
                .notes("Replaced by a 90-minute pairing session.");

        b.chain("hire.profiles", "hire.shortlist", "hire.panel", "hire.offers", "hire.onboarding");
        b.link("hire.budget", LinkKind.BLOCKS, "hire.offers");
        b.link("hire.references", LinkKind.BLOCKS, "hire.offers");
        b.link("hire.invoice", LinkKind.RELATES, "hire.spend-summary", LinkOrigin.AGENT);
    }

    private static void addMilestones(DemoBuilder b) {
        b.milestone(CODE, "M1 Role profiles approved", "Profiles and salary bands signed off.", -82, -82,
                MilestoneStatus.DONE, -80);
        b.milestone(CODE, "M2 Shortlists complete", "Eight candidates in the final round.", -35, -30,
                MilestoneStatus.DONE, -30);
        String offers = b.milestone(CODE, "M3 Offers accepted", "Four signed offers.", 20, 20,
                MilestoneStatus.PLANNED, null);
        String start = b.milestone(CODE, "M4 New SREs start", "All four on the team.", 45, 45,
                MilestoneStatus.PLANNED, null);
        b.milestoneTasks(offers, "hire.references", "hire.budget", "hire.offers");
        b.milestoneTasks(start, "hire.onboarding");
    }

    private static void addRisks(DemoBuilder b) {
        b.risk(CODE, "Finalists accept counter-offers").category("People").rate(3, 3).owner("Tom Becker")
                .identified(-40).review(6)
                .mitigation("Fast offers within 48 h of the final round; hiring manager calls each finalist.");
        b.risk(CODE, "Hiring freeze extended past Q3").category("Budget").rate(3, 4).owner("Daniel Okafor")
                .identified(-12).review(-1)
                .describe("Finance put the round on hold after the agency overspend.")
                .contingency("Keep the two strongest finalists warm with a start date in Q4.");
        b.risk(CODE, "Agency fee dispute delays invoices").category("Commercial").rate(2, 2)
                .owner(DemoBuilder.USER_NAME).identified(-5).review(9);
    }

    private static void addBudget(DemoBuilder b) {
        String agency = b.budgetLine(CODE, "Agency fees", "30000");
        String ads = b.budgetLine(CODE, "Job advertising", "8000");
        String assessment = b.budgetLine(CODE, "Assessment platform", "6000");
        String travel = b.budgetLine(CODE, "Candidate travel", "4000");

        b.spend(agency, -40, "13800.00", "TalentBridge Ltd", "Placement fee, 1st hire (20 % of 69,000)");
        b.spend(agency, -22, "13800.00", "TalentBridge Ltd", "Placement fee, 2nd hire");
        b.spend(agency, -5, "13800.00", "TalentBridge Ltd", "Placement fee, 3rd hire (INV-2291, disputed)");
        b.spend(ads, -85, "4200.00", "LinkedIn Ireland", "Job slots, 3 months");
        b.spend(ads, -80, "3850.00", "Otta", "Featured listing");
        b.spend(ads, -45, "-600.00", "Otta", "Refund: listing ended early");
        b.spend(assessment, -86, "6000.00", "CoderPad", "Annual licence");
        b.spend(travel, -28, "820.00", "Trainline", "Final-round travel, four candidates");
        b.spend(travel, -14, "560.00", "Premier Inn", "Candidate hotel, two nights");
    }

    private static void addStakeholders(DemoBuilder b) {
        b.stakeholder(CODE, "Daniel Okafor", "CTO", "Acme", "daniel.okafor@acme.example", 5, 2, 30, -12);
        b.stakeholder(CODE, "Ruth Adeyemi", "Finance business partner", "Acme", "ruth.adeyemi@acme.example", 4, 3,
                14, -15);
        b.stakeholder(CODE, "Sam Reid", "Recruitment consultant", "TalentBridge", "sam.reid@talentbridge.example", 2,
                4, 7, -8);
        b.stakeholder(CODE, "Grace Liu", "Interview panel lead", "Acme", "grace.liu@acme.example", 2, 4, 14, -6);
    }
}
