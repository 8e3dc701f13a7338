package dev.quarterdeck.core.demo;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;

/** Tasks without a project (the inbox) and the calendar items that are not tied to one project. */
final class InboxDemo {

    private InboxDemo() {
    }

    static void addTo(DemoBuilder b) {
        var ctoMail = b.gmail("18f3a2c47b9d0e15", "Q3 budget — need your numbers by Friday")
                .from("Daniel Okafor", "daniel.okafor@acme.example").sent(-1, 8, 12)
                .snippet("Alex, before the board pack goes out I need the Q3 figures for the SRE hiring round and the"
                        + " Atlas move. Agency fees look well above plan. Can you explain by Friday?");
        var s3Issue = b.githubIssue("acme/platform", 381, "Purge stale S3 buckets (untouched > 90 days, no owner tag)")
                .from("marco-silva", null).sent(-6, 11, 37)
                .snippet("43 buckets, 6.1 TB, about 140 USD a month. List attached; owners get two weeks to claim.");
        var okrDraft = b.driveFile("1mB8xR2tY5nK9qW3vC6pL0sF4hJ7gD2eA", "Q3 OKRs — draft", "document")
                .from("Daniel Okafor", "daniel.okafor@acme.example").sent(-4, 18, 2)
                .snippet("Comments by Thursday please. Platform: KR2 \"all clusters on a supported version\".");
        var oneOnOne = b.event("0c6h3u9pm2e5kq8a1d7r4fbs", "1:1 Alex / Daniel", 1, 15, 0, 15, 30)
                .from("Daniel Okafor", "daniel.okafor@acme.example").sent(-60, 9, 0);
        b.eventOccurrence("2ad5o8r1u4h7k0n3q6t9cf2b", "Platform stand-up", 0, 9, 15, 9, 30)
                .from("Priya Raman", "priya.raman@acme.example").sent(-120, 8, 45);
        b.event("6e9h2k5n8q1t4a7d0g3j6m9p", "Hiring sync with Tom", 0, 14, 0, 14, 30)
                .from("Tom Becker", "tom.becker@acme.example").sent(-8, 13, 10).project(HireDemo.CODE)
                .snippet("Agency invoice, references, what we tell the finalists while we wait for Q3.");

        b.task("inbox.cto-budget", null, "Email CTO re: Q3 budget").horizon(Horizon.TODAY).pinned().due(0)
                .minutes(30).owner(DemoBuilder.USER_NAME).score(95).created(-1).from(ctoMail)
                .notes("Explain the agency overspend on HIRE and the removals line on ATLAS; ask for the Q3 release.");
        b.task("inbox.expenses", null, "Submit last month's expense report").horizon(Horizon.TODAY).due(-2)
                .minutes(45).owner(DemoBuilder.USER_NAME).score(73).created(-9);
        b.task("inbox.one-on-one", null, "Prepare 1:1 notes for Daniel").horizon(Horizon.WEEK).due(1).minutes(30)
                .owner(DemoBuilder.USER_NAME).score(65).created(-2).from(oneOnOne);
        b.task("inbox.okr", null, "Review Q3 OKR draft").horizon(Horizon.WEEK).due(3).minutes(60)
                .owner(DemoBuilder.USER_NAME).score(60).created(-4).from(okrDraft);
        b.task("inbox.s3-purge", null, "Purge stale S3 buckets").horizon(Horizon.WEEK).due(4).hours(3)
                .owner("Marco Silva").score(58).created(-6).from(s3Issue);
        b.task("inbox.kubecon", null, "Decide on KubeCon talk submission").waiting().horizon(Horizon.MONTH).due(20)
                .hours(2).owner(DemoBuilder.USER_NAME).score(30).created(-12)
                .notes("Waiting for Priya: she would co-present the upgrade story.");
        b.task("inbox.saas-review", null, "Annual review of SaaS subscriptions").horizon(Horizon.LATER).pinned()
                .hours(3).owner(DemoBuilder.USER_NAME).score(15).created(-30);
        b.task("inbox.security-training", null, "Complete annual security awareness training").done(-10)
                .horizon(Horizon.MONTH).due(-7).minutes(45).owner(DemoBuilder.USER_NAME).score(25).created(-21);
        b.task("inbox.laptop", null, "Return old laptop to IT").done(-5).horizon(Horizon.WEEK).minutes(15)
                .owner(DemoBuilder.USER_NAME).score(20).created(-15);
        b.task("inbox.newsletters", null, "Unsubscribe from vendor newsletters").cancelled(-8).horizon(Horizon.LATER)
                .owner(DemoBuilder.USER_NAME).score(5).created(-16);

        b.link("hire.spend-summary", LinkKind.REPLY, "inbox.cto-budget", LinkOrigin.CONNECTOR);
        b.link("inbox.cto-budget", LinkKind.BLOCKS, "hire.budget");
        b.link("inbox.s3-purge", LinkKind.RELATES, "kube.decommission-129", LinkOrigin.AGENT);
        b.link("inbox.one-on-one", LinkKind.RELATES, "inbox.cto-budget");
    }
}
