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
 * NOVA, a product launch. Meant to be AMBER for one reason only: no line is over yet, but about 70 % of the budget is
 * spent with a third of the tasks done, so the spend is forecast to overrun.
 */
final class NovaDemo {

    static final String CODE = "NOVA";

    private NovaDemo() {
    }

    static void addTo(DemoBuilder b) {
        b.add(new Project(projectId(CODE), CODE, "Nova launch",
                "Launch of Nova, the analytics add-on, to existing customers in the EU and the US: pricing, website,"
                        + " launch event, paid campaign and sales enablement.",
                ProjectStatus.ACTIVE, Priority.HIGH, "Sofia Marchetti", "Hannah Berg, VP Product", b.day(-75),
                b.day(30),
                List.of("Launch Nova in the EU and the US on the same day",
                        "Convert 8 % of active customers to the Nova add-on within 90 days",
                        "Give sales a repeatable demo and pricing story"),
                List.of("400 qualified sign-ups for the launch webinar",
                        "Pricing page live in English, German and French",
                        "Every account executive certified on the Nova demo before launch day"),
                "Pricing and packaging, website and pricing page, launch event in Berlin, paid media, PR, webinar,"
                        + " sales enablement, getting-started documentation.",
                "Product features (owned by the Nova engineering roadmap); partner channel launch.",
                Currency.getInstance("USD"), new BigDecimal("180000"), b.at(-75, 9, 0), b.now(), 0));

        addTasks(b);
        addMilestones(b);
        addRisks(b);
        addBudget(b);
        addStakeholders(b);
    }

    private static void addTasks(DemoBuilder b) {
        var localiseIssue = b.jira("NOVA-88", "Localise pricing page (DE/FR)")
                .from("Lukas Meier", "lukas.meier@acme.example").sent(-8, 10, 30).project(CODE)
                .snippet("Translate pricing tiers, FAQ and checkout copy; legal review of the German VAT note.");
        var formattingIssue = b.githubIssue("acme/nova-web", 58,
                "DE pricing page shows 1,234.00 € instead of 1.234,00 €")
                .from("lukas-meier", null).sent(-2, 15, 48).references("NOVA-88").project(CODE)
                .snippet("Intl.NumberFormat is called with the browser locale instead of the page locale.");
        var rehearsal = b.event("9b1e4k7o2r5u8h3m6p0c2f5i", "Nova launch rehearsal", 9, 13, 0, 15, 0)
                .from("Sofia Marchetti", "sofia.marchetti@acme.example").sent(-4, 12, 5).project(CODE)
                .snippet("Full run-through of the launch keynote and demo, Berlin venue on video.");
        b.gmail("18f34ab27c0d5e63", "Nova launch: press list v2")
                .from("Julia Park", "julia.park@brightsignal.example").sent(-1, 16, 22).project(CODE)
                .snippet("Hi Alex, attached the updated press list with 12 trade titles. Embargo proposal: 06:00 CET"
                        + " on launch day.");

        b.task("nova.positioning", CODE, "Sign off positioning and messaging").done(-42).horizon(Horizon.MONTH)
                .due(-40).hours(6).owner("Sofia Marchetti").score(60).created(-70);
        b.task("nova.beta-survey", CODE, "Close beta feedback survey and summarise").done(-18)
                .horizon(Horizon.WEEK).due(-20).hours(4).owner("Lukas Meier").score(52).created(-35);
        b.task("nova.pricing", CODE, "Finalise Nova pricing tiers").done(-4).horizon(Horizon.WEEK).due(-5)
                .hours(5).owner("Hannah Berg").score(75).created(-30);
        b.task("nova.docs", CODE, "Write getting-started docs for Nova").done(-2).horizon(Horizon.MONTH).due(-1)
                .hours(10).owner("Lukas Meier").score(58).created(-25);
        b.task("nova.localise", CODE, "Localise pricing page (DE/FR)").doing().horizon(Horizon.WEEK).due(6)
                .hours(8).owner("Lukas Meier").score(69).created(-8).from(localiseIssue);
        b.task("nova.number-format", CODE, "Fix number formatting on the German pricing page")
                .horizon(Horizon.WEEK).due(5).hours(2).owner("Lukas Meier").score(60).created(-2)
                .from(formattingIssue);
        b.task("nova.press-kit", CODE, "Brief PR agency on the press kit").horizon(Horizon.WEEK).due(3).minutes(60)
                .owner(DemoBuilder.USER_NAME).score(63).created(-5);
        b.task("nova.rehearsal", CODE, "Prepare launch rehearsal run sheet").horizon(Horizon.MONTH).due(8).hours(3)
                .owner("Sofia Marchetti").score(57).created(-4).from(rehearsal);
        b.task("nova.pricing-page", CODE, "Publish pricing page").horizon(Horizon.MONTH).due(20).hours(2)
                .owner("Sofia Marchetti").score(54).created(-8);
        b.task("nova.webinar", CODE, "Set up launch webinar registration").horizon(Horizon.MONTH).due(15).hours(2)
                .owner("Aisha Khan").score(46).created(-10);
        b.task("nova.case-study", CODE, "Draft customer case study with Fjord Logistics").waiting()
                .horizon(Horizon.MONTH).due(18).hours(4).owner("Aisha Khan").score(42).created(-20)
                .notes("Waiting for Fjord Logistics' legal team to approve quoting their numbers.");
        b.task("nova.enablement", CODE, "Run sales enablement session").horizon(Horizon.LATER).due(25).hours(2)
                .owner("Sofia Marchetti").score(35).created(-10);
        b.task("nova.billboard", CODE, "Book airport billboard in Frankfurt").cancelled(-25).horizon(Horizon.MONTH)
                .owner("Aisha Khan").score(15).created(-50)
                .notes("Dropped: cost per lead three times the paid-social estimate.");

        b.chain("nova.positioning", "nova.pricing", "nova.localise", "nova.pricing-page", "nova.enablement");
        b.link("nova.number-format", LinkKind.BLOCKS, "nova.pricing-page");
        b.link("nova.number-format", LinkKind.REFERENCES, "nova.localise", LinkOrigin.CONNECTOR);
        b.link("nova.press-kit", LinkKind.RELATES, "nova.webinar", LinkOrigin.AGENT);
    }

    private static void addMilestones(DemoBuilder b) {
        b.milestone(CODE, "M1 Positioning signed off", "Messaging house approved by product and sales.", -40, -40,
                MilestoneStatus.DONE, -42);
        b.milestone(CODE, "M2 Beta closed", "Beta feedback summarised and triaged.", -20, -18, MilestoneStatus.DONE,
                -18);
        String launch = b.milestone(CODE, "M3 Launch day", "Keynote in Berlin, pricing live, campaign on.", 30, 30,
                MilestoneStatus.PLANNED, null);
        b.milestoneTasks(launch, "nova.pricing-page", "nova.rehearsal", "nova.webinar", "nova.enablement");
    }

    private static void addRisks(DemoBuilder b) {
        b.risk(CODE, "Pricing page not localised in time for the EU launch").category("Schedule").rate(3, 3)
                .owner("Lukas Meier").identified(-10).review(4)
                .mitigation("Agency translation as a fallback; launch DE first, FR a week later if needed.");
        b.risk(CODE, "Keynote speaker cancels").category("Event").rate(1, 4).owner("Sofia Marchetti")
                .status(RiskStatus.ACCEPTED).identified(-30).review(15);
        b.risk(CODE, "Competitor announces a free tier before launch").category("Market").rate(2, 3)
                .owner("Hannah Berg").identified(-45).review(10)
                .mitigation("Prepared comparison page; sales talk track on total cost.");
        b.risk(CODE, "Berlin venue not available on launch day").category("Event").rate(3, 4)
                .owner("Sofia Marchetti").identified(-60).closed(-50)
                .describe("Venue contract signed.");
    }

    private static void addBudget(DemoBuilder b) {
        String agency = b.budgetLine(CODE, "Creative agency", "60000");
        String event = b.budgetLine(CODE, "Launch event", "45000");
        String media = b.budgetLine(CODE, "Paid media", "50000");
        String localisation = b.budgetLine(CODE, "Localisation", "15000");
        b.budgetLine(CODE, "Contingency", "10000");

        b.spend(agency, -60, "18000.00", "Northlight Studio", "Brand concept and key visual");
        b.spend(agency, -35, "24000.00", "Northlight Studio", "Launch video and website design");
        b.spend(agency, -7, "12000.00", "Northlight Studio", "Campaign asset pack");
        b.spend(event, -50, "27000.00", "Kraftwerk Berlin Events", "Venue deposit");
        b.spend(event, -9, "13500.00", "Kraftwerk Berlin Events", "Catering and AV, 50 %");
        b.spend(media, -21, "16000.00", "LinkedIn Ireland", "Pre-launch awareness campaign");
        b.spend(media, -14, "16500.00", "Google Ireland", "Search campaign, pre-booked");
        b.spend(media, -6, "-2500.00", "LinkedIn Ireland", "Refund of unused campaign credit");
        b.spend(localisation, -12, "4200.00", "LinguaPro GmbH", "Website copy DE/FR");
    }

    private static void addStakeholders(DemoBuilder b) {
        b.stakeholder(CODE, "Hannah Berg", "VP Product", "Acme", "hannah.berg@acme.example", 5, 5, 7, -1);
        b.stakeholder(CODE, "Chris Olsen", "Sales director EMEA", "Acme", "chris.olsen@acme.example", 4, 4, 14, -20);
        b.stakeholder(CODE, "Julia Park", "Account lead", "Bright Signal PR", "julia.park@brightsignal.example", 1, 3,
                7, -4);
        b.stakeholder(CODE, "Fjord Logistics customer council", null, "Fjord Logistics",
                "customer-council@fjord-logistics.example", 2, 4, null, null);
    }
}
