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
 * KUBE, the Kubernetes 1.31 upgrade of three production clusters. Meant to be RED: the staging milestone is three
 * days overdue and a critical risk is open. Holds the longest BLOCKS chain (the critical path) and the Jira issue
 * that an e-mail duplicates.
 */
final class KubeDemo {

    static final String CODE = "KUBE";

    private KubeDemo() {
    }

    static void addTo(DemoBuilder b) {
        b.add(new Project(projectId(CODE), CODE, "Kubernetes 1.31 upgrade",
                "Upgrade the three production EKS clusters (eu-west-1, us-east-1, ap-southeast-2) from 1.29 to 1.31,"
                        + " one minor version and one cluster at a time, after a full rehearsal on staging.",
                ProjectStatus.ACTIVE, Priority.CRITICAL, "Priya Raman", "Daniel Okafor, CTO", b.day(-45), b.day(40),
                List.of("All production clusters on Kubernetes 1.31 before 1.29 leaves standard support",
                        "No customer-visible downtime during the upgrades",
                        "Helm charts free of APIs removed up to 1.31"),
                List.of("Zero failed deployments caused by API removals in the week after each upgrade",
                        "Error budget of the payment service untouched during upgrade windows",
                        "Rollback runbook rehearsed on staging"),
                "Control planes, managed node groups, add-ons (CoreDNS, kube-proxy, VPC CNI), cluster operators"
                        + " (cert-manager, Strimzi), Helm charts of all platform and product services.",
                "Moving to Karpenter; the service-mesh upgrade; application feature work.",
                Currency.getInstance("USD"), new BigDecimal("30000"), b.at(-45, 10, 0), b.now(), 0));

        addTasks(b);
        addMilestones(b);
        addRisks(b);
        addBudget(b);
        addStakeholders(b);
    }

    private static void addTasks(DemoBuilder b) {
        var epic = b.jira("KUBE-140", "Update Kubernetes to 1.31")
                .from("Priya Raman", "priya.raman@acme.example").sent(-45, 10, 20).project(CODE)
                .snippet("Epic. 1.29 leaves standard support soon; go 1.29 → 1.30 → 1.31 per cluster, staging first.");
        var pluto = b.jira("KUBE-141", "Inventory removed APIs with pluto")
                .from("Priya Raman", "priya.raman@acme.example").sent(-30, 11, 5).references("KUBE-140").project(CODE)
                .snippet("Run pluto against all Helm releases and the manifests repo; list every removed API.");
        var strimziIssue = b.jira("KUBE-142", "Strimzi operator crash-loops on 1.31 staging")
                .from("Marco Silva", "marco.silva@acme.example").sent(-3, 16, 40).references("KUBE-140")
                .project(CODE)
                .snippet("strimzi-cluster-operator restarts every 90 s after the control plane went to 1.31;"
                        + " leader election times out.");
        var drainIssue = b.jira("KUBE-145", "Drain node pool 1b on staging")
                .from("Marco Silva", "marco.silva@acme.example").sent(-10, 9, 50).references("KUBE-140")
                .project(CODE)
                .snippet("Cordon and drain pool 1b, check PodDisruptionBudgets of Kafka and Postgres first.");
        var strimziMail = b.gmail("18f2e9b05c3a7d21", "Strimzi crash-looping on staging after the 1.31 bump")
                .from("Priya Raman", "priya.raman@acme.example").sent(-3, 17, 55).references("KUBE-142")
                .project(CODE)
                .snippet("Alex, heads-up: Kafka on staging is down since the control-plane upgrade. Marco is on it"
                        + " (KUBE-142). This may push the staging milestone again.");
        var bumpPull = b.githubPull("acme/platform", 377, "Bump EKS module to 1.31 for staging")
                .from("priya-raman", null).sent(-1, 14, 12).references("KUBE-140").project(CODE)
                .snippet("Sets cluster_version = \"1.31\" for staging, updates CoreDNS, kube-proxy and VPC CNI add-ons.");
        var goNoGo = b.event("7f2kd0a9b3lq5c8e1ho6ju4m", "KUBE eu-west-1 go/no-go", 13, 14, 0, 14, 30)
                .from("Priya Raman", "priya.raman@acme.example").sent(-9, 10, 15).project(CODE)
                .snippet("Decide on the production upgrade of eu-west-1. Checklist to be circulated the day before.");

        b.task("kube.epic", CODE, "Update Kubernetes to 1.31").doing().horizon(Horizon.WEEK).due(38).hours(80)
                .owner("Priya Raman").score(84).created(-45).from(epic);
        b.task("kube.pluto", CODE, "Inventory removed APIs with pluto").done(-6).horizon(Horizon.WEEK).due(-7)
                .hours(4).owner("Priya Raman").score(72).created(-30).from(pluto)
                .notes("Found 14 manifests using removed APIs, all in four Helm charts.");
        b.task("kube.cert-manager", CODE, "Upgrade cert-manager to a 1.31-compatible release").done(-1)
                .horizon(Horizon.WEEK).due(-1).hours(3).owner("Marco Silva").score(68).created(-12);
        b.task("kube.psa-audit", CODE, "Audit Pod Security admission labels per namespace").done(-9)
                .horizon(Horizon.MONTH).hours(4).owner("Marco Silva").score(44).created(-25);
        b.task("kube.helm-fix", CODE, "Fix Helm charts using removed APIs").doing().horizon(Horizon.TODAY).due(-2)
                .hours(8).owner("Marco Silva").score(90).created(-6)
                .notes("Two of four charts done; the payment chart needs its own release.");
        b.task("kube.strimzi", CODE, "Strimzi operator crash-loops on 1.31 staging").doing().horizon(Horizon.TODAY)
                .due(0).hours(4).owner("Marco Silva").score(86).created(-3).from(strimziIssue);
        b.task("kube.strimzi-mail", CODE, "Look into Strimzi crash report from Priya").horizon(Horizon.WEEK)
                .minutes(30).owner(DemoBuilder.USER_NAME).score(47).created(-3).from(strimziMail);
        b.task("kube.pr-review", CODE, "Review PR: bump EKS module to 1.31 for staging").horizon(Horizon.TODAY)
                .due(0).minutes(60).owner(DemoBuilder.USER_NAME).score(78).created(-1).from(bumpPull);
        b.task("kube.staging-cp", CODE, "Upgrade staging control plane to 1.31").horizon(Horizon.WEEK).due(2)
                .hours(3).owner("Priya Raman").score(80).created(-20);
        b.task("kube.drain-1b", CODE, "Drain node pool 1b on staging").horizon(Horizon.WEEK).due(3).hours(2)
                .owner("Marco Silva").score(64).created(-10).from(drainIssue);
        b.task("kube.smoke", CODE, "Run conformance and smoke tests on staging").horizon(Horizon.WEEK).due(5)
                .hours(6).owner("Priya Raman").score(61).created(-10);
        b.task("kube.runbook", CODE, "Update rollback runbook for control-plane upgrades").waiting()
                .horizon(Horizon.MONTH).due(10).hours(3).owner("Marco Silva").score(49).created(-12)
                .notes("Waiting for AWS Support on restoring a cluster from backup into a new control plane.");
        b.task("kube.go-no-go", CODE, "Write go/no-go checklist for eu-west-1").horizon(Horizon.MONTH).due(12)
                .hours(2).owner(DemoBuilder.USER_NAME).score(55).created(-9).from(goNoGo);
        b.task("kube.prod-euw1", CODE, "Upgrade production eu-west-1 to 1.31").horizon(Horizon.MONTH).due(21)
                .hours(6).owner("Priya Raman").score(52).created(-20);
        b.task("kube.prod-use1", CODE, "Upgrade production us-east-1 to 1.31").horizon(Horizon.LATER).due(30)
                .hours(6).owner("Priya Raman").score(34).created(-20);
        b.task("kube.prod-apse2", CODE, "Upgrade production ap-southeast-2 to 1.31").horizon(Horizon.LATER).due(36)
                .hours(6).owner("Marco Silva").score(31).created(-20);
        b.task("kube.decommission-129", CODE, "Decommission the 1.29 staging cluster").cancelled(-6)
                .horizon(Horizon.LATER).owner("Marco Silva").score(10).created(-40)
                .notes("Kept as the rollback target until every production cluster is on 1.31.");

        // the critical path: nine tasks from the API inventory to the last production cluster
        b.chain("kube.pluto", "kube.helm-fix", "kube.staging-cp", "kube.drain-1b", "kube.smoke", "kube.go-no-go",
                "kube.prod-euw1", "kube.prod-use1", "kube.prod-apse2");
        b.link("kube.cert-manager", LinkKind.BLOCKS, "kube.staging-cp");
        b.link("kube.strimzi", LinkKind.BLOCKS, "kube.smoke");
        b.link("kube.runbook", LinkKind.BLOCKS, "kube.go-no-go");
        for (String child : List.of("kube.pluto", "kube.staging-cp", "kube.prod-euw1", "kube.prod-use1",
                "kube.prod-apse2")) {
            b.link("kube.epic", LinkKind.PARENT, child, LinkOrigin.CONNECTOR);
        }
        b.link("kube.strimzi-mail", LinkKind.DUPLICATES, "kube.strimzi", LinkOrigin.AGENT);
        b.link("kube.pr-review", LinkKind.REFERENCES, "kube.epic", LinkOrigin.CONNECTOR);
        b.link("kube.psa-audit", LinkKind.RELATES, "kube.helm-fix");
    }

    private static void addMilestones(DemoBuilder b) {
        b.milestone(CODE, "M1 Staging on 1.30", "Staging control plane and nodes on 1.30.", -20, -20,
                MilestoneStatus.DONE, -18);
        String staging = b.milestone(CODE, "M2 Staging on 1.31", "Staging fully on 1.31, smoke tests green.", -5, -3,
                MilestoneStatus.IN_PROGRESS, null);
        String euWest = b.milestone(CODE, "M3 Production eu-west-1 on 1.31", "First production cluster upgraded.",
                14, 21, MilestoneStatus.PLANNED, null);
        String all = b.milestone(CODE, "M4 All production clusters on 1.31", "us-east-1 and ap-southeast-2 follow.",
                35, 38, MilestoneStatus.PLANNED, null);
        b.milestoneTasks(staging, "kube.helm-fix", "kube.staging-cp", "kube.drain-1b", "kube.smoke");
        b.milestoneTasks(euWest, "kube.go-no-go", "kube.prod-euw1");
        b.milestoneTasks(all, "kube.prod-use1", "kube.prod-apse2");
    }

    private static void addRisks(DemoBuilder b) {
        b.risk(CODE, "No rollback path: EKS control planes cannot be downgraded").category("Technical").rate(4, 5)
                .owner("Priya Raman").identified(-40).review(3)
                .describe("Once a control plane is on 1.31 the only way back is a new cluster restored from backup.")
                .mitigation("Rehearse the upgrade twice on staging; Velero backups verified the day before.")
                .contingency("Blue/green: stand up a 1.30 cluster and shift traffic with DNS weights.");
        b.risk(CODE, "cgroup v1 nodes in maintenance mode from 1.31").category("Technical").rate(3, 3)
                .owner("Marco Silva").status(RiskStatus.MITIGATING).identified(-35).review(9)
                .mitigation("Move node groups to AL2023 AMIs (cgroup v2) during the upgrade.");
        b.risk(CODE, "Strimzi operator not yet proven on 1.31").category("Technical").rate(3, 4)
                .owner("Marco Silva").identified(-14).review(-2)
                .describe("Crash-loops on staging since the control-plane bump (KUBE-142).")
                .mitigation("Upgrade Strimzi to the latest release before touching production.");
        b.risk(CODE, "Upgrade window clashes with the Nova launch freeze").category("Schedule").rate(2, 2)
                .owner(DemoBuilder.USER_NAME).status(RiskStatus.ACCEPTED).identified(-30).review(20);
    }

    private static void addBudget(DemoBuilder b) {
        String staging = b.budgetLine(CODE, "Parallel staging cluster", "12000");
        String consultancy = b.budgetLine(CODE, "EKS partner consultancy", "15000");
        b.budgetLine(CODE, "Training", "3000");
        b.spend(staging, -40, "1140.00", "Amazon Web Services", "Staging cluster, first month");
        b.spend(staging, -10, "1140.00", "Amazon Web Services", "Staging cluster, second month");
        b.spend(staging, -8, "-212.40", "Amazon Web Services", "Credit for unused Savings Plan hours");
        b.spend(consultancy, -14, "2400.00", "CloudForge Partners", "Upgrade readiness review, 2 days");
    }

    private static void addStakeholders(DemoBuilder b) {
        b.stakeholder(CODE, "Daniel Okafor", "CTO", "Acme", "daniel.okafor@acme.example", 5, 3, 14, -16);
        b.stakeholder(CODE, "Ines Duarte", "Payments team lead", "Acme", "ines.duarte@acme.example", 3, 5, 7, -2);
        b.stakeholder(CODE, "Ravi Menon", "Technical account manager", "Amazon Web Services", "ravi.menon@aws.example",
                2, 2, 30, -20);
    }
}
