package dev.quarterdeck.core.briefing;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static dev.quarterdeck.core.agent.DemoFixture.at;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static dev.quarterdeck.core.agent.DemoFixture.userPreferences;
import static dev.quarterdeck.core.agent.DemoFixture.withTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RulesBriefingTest {

    private static final Pattern QUOTED = Pattern.compile("\u201c([^\u201d]+)\u201d(?: \\((inbox|[A-Z][A-Z0-9]+)\\))?");

    private final RulesBriefing briefing = new RulesBriefing();

    @Test
    void theHeaderSaysRulesAndWhen() {
        Briefing morning = briefing.compose(BriefingKind.MORNING, context(DEMO));

        assertThat(morning.producedBy()).isEqualTo("rules");
        assertThat(morning.kind()).isEqualTo(BriefingKind.MORNING);
        assertThat(morning.createdAt()).isEqualTo(NOW);
        assertThat(morning.markdown()).startsWith("""
                # Morning briefing \u2014 Saturday 22 November 2025

                _Composed by rules at 07:45 (Europe/Vienna), from the workspace as it stood then._
                """);
    }

    @Test
    void theMorningBriefingNamesTheDemosMeetingsTopTasksDeadlinesRisksBudgetAndPeople() {
        Map<String, List<String>> sections = sections(briefing.compose(BriefingKind.MORNING, context(DEMO)));

        assertThat(sections.keySet()).containsExactly("Today's meetings", "Plan for the day", "Top three",
                "Deadlines within 48 h", "Risks to review", "Budget alerts", "People to update");
        assertThat(sections.get("Today's meetings")).containsExactly(
                "09:15\u201309:30 \u201cPlatform stand-up\u201d, organised by Priya Raman",
                "10:00\u201311:00 \u201cAtlas steering meeting\u201d (ATLAS), organised by Martin Graf; prepare: "
                        + "\u201cPrepare for Atlas steering meeting\u201d (ATLAS)",
                "14:00\u201314:30 \u201cHiring sync with Tom\u201d (HIRE), organised by Tom Becker");
        assertThat(sections.get("Plan for the day")).startsWith(
                "09:00\u201309:15 \u201cPrepare for Atlas steering meeting\u201d (ATLAS), part 1 of 2",
                "09:15\u201309:30 meeting \u201cPlatform stand-up\u201d");
        assertThat(sections.get("Top three")).containsExactly(
                "\u201cPrepare for Atlas steering meeting\u201d (ATLAS) \u2014 score 98: due today +40, meeting today "
                        + "needs preparation +25, asked by an influence-5 stakeholder +15, high-priority project +12, "
                        + "active in the last 3 days +6",
                "\u201cEmail CTO re: Q3 budget\u201d (inbox) \u2014 score 85: due today +40, asked by an influence-5 "
                        + "stakeholder +15, direct email from a key stakeholder +15, active today +10, quick win "
                        + "(30 min) +5",
                "\u201cReview PR: bump EKS module to 1.31 for staging\u201d (KUBE) \u2014 score 70: due today +40, "
                        + "critical-priority project +20, active today +10");
        assertThat(sections.get("Deadlines within 48 h")).startsWith(
                "Wed 19 Nov (overdue 3 d): milestone \u201cM2 Staging on 1.31\u201d (KUBE)",
                "Wed 19 Nov (overdue 3 d): \u201cQuery agency invoice INV-2291\u201d (HIRE), Alex Morgan");
        assertThat(sections.get("Deadlines within 48 h")).contains(
                "tomorrow: \u201cPrepare 1:1 notes for Daniel\u201d (inbox), Alex Morgan",
                "\u2026 and 1 more");
        assertThat(sections.get("Risks to review")).containsExactly(
                "HIRE R-002 \u201cHiring freeze extended past Q3\u201d \u2014 high, 3 \u00d7 4 = 12, review due Fri 21 "
                        + "Nov, owner Daniel Okafor",
                "KUBE R-003 \u201cStrimzi operator not yet proven on 1.31\u201d \u2014 high, 3 \u00d7 4 = 12, review due "
                        + "Thu 20 Nov, owner Marco Silva");
        assertThat(sections.get("Budget alerts")).containsExactly(
                "ATLAS: Removals is 12.0 % over plan (44,800.00 of 40,000.00 EUR)",
                "NOVA: Forecast at completion 252,252.00 USD exceeds the budget of 180,000.00 USD",
                "NOVA: CPI 0.71 is below 0.90",
                "HIRE: Total spend is 17.1 % over plan (56,230.00 of 48,000.00 GBP)",
                "HIRE: CPI 0.45 is below 0.90",
                "HIRE: Agency fees is 38.0 % over plan (41,400.00 of 30,000.00 GBP)");
        assertThat(sections.get("People to update")).containsExactly(
                "Martin Graf (Director of Operations, ATLAS) \u2014 last contact Thu 13 Nov, every 7 days",
                "Daniel Okafor (CTO, KUBE) \u2014 last contact Thu 6 Nov, every 14 days",
                "Chris Olsen (Sales director EMEA, NOVA) \u2014 last contact Sun 2 Nov, every 14 days",
                "Ruth Adeyemi (Finance business partner, HIRE) \u2014 last contact Fri 7 Nov, every 14 days",
                "Pieter de Vries (Partner lead, GRANT) \u2014 last contact Sat 8 Nov, every 14 days",
                "Sam Reid (Recruitment consultant, HIRE) \u2014 last contact Fri 14 Nov, every 7 days");
    }

    @Test
    void everyClaimOfEveryBriefingNamesARecordOfTheWorkspace() {
        AgentContext context = context(DEMO);
        Set<String> records = records(DEMO);
        for (BriefingKind kind : BriefingKind.values()) {
            Map<String, List<String>> sections = sections(briefing.compose(kind, context));
            for (Map.Entry<String, List<String>> section : sections.entrySet()) {
                for (String line : section.getValue()) {
                    String where = kind + " / " + section.getKey() + ": " + line;
                    if (isPlaceholder(line) || line.startsWith("Note: ")) {
                        continue;
                    }
                    if (section.getKey().equals("Budget alerts")) {
                        assertThat(budgetLines(context)).as(where).contains(line);
                    } else if (section.getKey().equals("People to update")) {
                        assertThat(DEMO.stakeholders()).as(where).anyMatch(s -> line.startsWith(s.name() + " (")
                                && line.contains(code(s.projectId()) + ") "));
                    } else {
                        Matcher quoted = QUOTED.matcher(line);
                        assertThat(quoted.find()).as(where).isTrue();
                        do {
                            String name = quoted.group(1);
                            String code = quoted.group(2);
                            assertThat(records).as(where).contains(code == null ? "any:" + name : code + ":" + name);
                        } while (quoted.find());
                    }
                }
            }
        }
    }

    @Test
    void atMiddayOnlyWhatIsLeftOfTheDayIsPlannedAndWhatWasDoneIsListed() {
        WorkspaceSnapshot workspace = withTask(DEMO, "Email CTO re: Q3 budget",
                t -> t.withStatus(TaskStatus.DONE, at(0, 11, 10)));

        Map<String, List<String>> sections = sections(briefing.compose(BriefingKind.MIDDAY,
                context(workspace, at(0, 12, 30), userPreferences())));

        assertThat(sections.keySet()).containsExactly("Still to come today", "Plan for the rest of the day",
                "Done so far today", "Still open in today's lane", "Deadlines within 48 h");
        assertThat(sections.get("Still to come today")).containsExactly(
                "14:00\u201314:30 \u201cHiring sync with Tom\u201d (HIRE), organised by Tom Becker");
        assertThat(sections.get("Plan for the rest of the day").get(0)).startsWith("12:30\u2013");
        assertThat(sections.get("Done so far today")).containsExactly(
                "\u201cEmail CTO re: Q3 budget\u201d (inbox), done Sat 22 Nov");
        assertThat(sections.get("Still open in today's lane")).noneMatch(l -> l.contains("Email CTO"));
    }

    @Test
    void theEveningSummarySaysWhatWasDoneAndWhatComesTomorrow() {
        WorkspaceSnapshot workspace = withTask(DEMO, "Approve revised removals quote",
                t -> t.withStatus(TaskStatus.DONE, at(0, 15, 0)));

        Map<String, List<String>> sections = sections(briefing.compose(BriefingKind.EVENING,
                context(workspace, at(0, 17, 30), userPreferences())));

        assertThat(sections.keySet()).containsExactly("Done today", "Still open in today's lane",
                "Tomorrow's meetings", "Deadlines within 48 h", "People to update");
        assertThat(sections.get("Done today")).containsExactly(
                "\u201cApprove revised removals quote\u201d (ATLAS), done Sat 22 Nov");
        assertThat(sections.get("Tomorrow's meetings")).containsExactly(
                "15:00\u201315:30 \u201c1:1 Alex / Daniel\u201d, organised by Daniel Okafor; prepare: "
                        + "\u201cPrepare 1:1 notes for Daniel\u201d (inbox)");
    }

    @Test
    void theWeeklyReviewListsTheWeeksCompletionsSlipsAndNextWeeksDeadlines() {
        Map<String, List<String>> sections = sections(briefing.compose(BriefingKind.WEEKLY, context(DEMO)));

        assertThat(sections.keySet()).containsExactly("Completed in the past seven days", "Slips",
                "Next week's deadlines", "Risks to review", "Budget alerts", "People to update");
        // done within Sat 15 - Fri 21 Nov; the security training (done on the 12th) is older
        assertThat(sections.get("Completed in the past seven days")).containsExactly(
                "\u201cUpgrade cert-manager to a 1.31-compatible release\u201d (KUBE), done Fri 21 Nov",
                "\u201cWrite getting-started docs for Nova\u201d (NOVA), done Thu 20 Nov",
                "\u201cPublish staff FAQ on the move\u201d (ATLAS), done Wed 19 Nov",
                "\u201cBook interview panel for the final round\u201d (HIRE), done Wed 19 Nov",
                "\u201cFinalise Nova pricing tiers\u201d (NOVA), done Tue 18 Nov",
                "\u201cCount crates per team for removals\u201d (ATLAS), done Mon 17 Nov",
                "\u201cReturn old laptop to IT\u201d (inbox), done Mon 17 Nov",
                "\u201cInventory removed APIs with pluto\u201d (KUBE), done Sun 16 Nov");
        assertThat(sections.get("Slips")).containsExactly(
                "milestone \u201cM2 Lease signed\u201d (ATLAS) slips 4 d (due Sat 29 Nov, baseline Tue 25 Nov)",
                "milestone \u201cM2 Staging on 1.31\u201d (KUBE) overdue 3 d (due Wed 19 Nov, baseline Mon 17 Nov)",
                "milestone \u201cM3 Production eu-west-1 on 1.31\u201d (KUBE) slips 7 d (due Sat 13 Dec, baseline Sat 6 "
                        + "Dec)",
                "milestone \u201cM4 All production clusters on 1.31\u201d (KUBE) slips 3 d (due Tue 30 Dec, baseline Sat "
                        + "27 Dec)",
                "\u201cQuery agency invoice INV-2291\u201d (HIRE) fell due Wed 19 Nov and is still open",
                "\u201cFix Helm charts using removed APIs\u201d (KUBE) fell due Thu 20 Nov and is still open",
                "\u201cSubmit last month's expense report\u201d (inbox) fell due Thu 20 Nov and is still open",
                "\u201cApprove revised removals quote\u201d (ATLAS) fell due Fri 21 Nov and is still open");
        assertThat(sections.get("Next week's deadlines")).hasSize(19)
                .endsWith("Fri 28 Nov: \u201cLocalise pricing page (DE/FR)\u201d (NOVA), Lukas Meier");
    }

    @Test
    void composingTwiceGivesTheSameBriefing() {
        for (BriefingKind kind : BriefingKind.values()) {
            assertThat(briefing.compose(kind, context(DEMO))).isEqualTo(briefing.compose(kind, context(DEMO)));
        }
    }

    @Test
    void titlesAreEscapedSoMarkdownShowsThemAsWritten() {
        assertThat(Markdown.escape("Fix *all* the_things [now]")).isEqualTo("Fix \\*all\\* the\\_things \\[now\\]");
    }

    // ---- helpers

    /** Bullet and numbered lines by section heading, in order. */
    static Map<String, List<String>> sections(Briefing briefing) {
        Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
        List<String> current = null;
        for (String line : briefing.markdown().split("\n")) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sections.put(line.substring(3), current);
            } else if (current != null && line.startsWith("- ")) {
                current.add(line.substring(2));
            } else if (current != null && line.matches("\\d+\\. .*")) {
                current.add(line.substring(line.indexOf(". ") + 2));
            }
        }
        return sections;
    }

    private static boolean isPlaceholder(String line) {
        return line.startsWith("No ") || line.startsWith("Nothing") || line.startsWith("Nobody")
                || line.startsWith("Today's lane is clear") || line.startsWith("\u2026 and ");
    }

    /** "CODE:name" for every task, milestone and risk, "any:name" also for those and for every calendar item. */
    private static Set<String> records(WorkspaceSnapshot w) {
        Set<String> records = new HashSet<>();
        w.tasks().forEach(t -> add(records, t.projectId() == null ? "inbox" : code(t.projectId()), t.title()));
        w.milestones().forEach(m -> add(records, code(m.projectId()), m.name()));
        w.risks().forEach(r -> add(records, code(r.projectId()), r.title()));
        w.sourceItems().stream().filter(i -> i.projectCode() != null)
                .forEach(i -> add(records, i.projectCode(), i.title()));
        w.sourceItems().forEach(i -> records.add("any:" + i.title()));
        return records;
    }

    private static void add(Set<String> records, String code, String name) {
        records.add(code + ":" + name);
        records.add("any:" + name);
    }

    private static String code(UUID projectId) {
        return DEMO.projects().stream().filter(p -> p.id().equals(projectId)).map(Project::code).findFirst()
                .orElseThrow();
    }

    private static List<String> budgetLines(AgentContext context) {
        Function<Project, List<String>> lines = p -> context.budgetAlerts(p).stream()
                .map(BudgetAlert::message).map(m -> p.code() + ": " + m).toList();
        return DEMO.projects().stream().flatMap(p -> lines.apply(p).stream()).collect(Collectors.toList());
    }
}
