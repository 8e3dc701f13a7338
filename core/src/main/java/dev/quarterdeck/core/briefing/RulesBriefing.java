package dev.quarterdeck.core.briefing;

import static dev.quarterdeck.core.briefing.BriefingSection.bullets;

import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.AgentRunner;
import dev.quarterdeck.core.agent.ExecutionAgent;
import dev.quarterdeck.core.common.Require;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Briefings composed by rules from the workspace, in Markdown. Every line names the record it states something about
 * (see {@link BriefingSections}); the header says the briefing was made by rules, and when.
 *
 * <ul>
 * <li><b>Morning</b> — today's meetings, the plan for the day ({@link ExecutionAgent#plan}), the top three tasks by the
 * prioritiser's score, deadlines within 48 hours, high and critical risks due for review, budget alerts and the people
 * due an update.</li>
 * <li><b>Midday</b> — the meetings still to come, the plan for the rest of the day, what was done so far today, what
 * is still open in today's lane, deadlines within 48 hours.</li>
 * <li><b>Evening</b> — what was done today, what is still open in today's lane, tomorrow's meetings, deadlines
 * within 48 hours and the people due an update.</li>
 * <li><b>Weekly</b> — the past seven days' completions, the slips (overdue and slipping milestones, tasks that fell
 * due and are still open), next week's deadlines, risks to review, budget alerts and people to update.</li>
 * </ul>
 */
public final class RulesBriefing {

    static final int SECTION_LIMIT = 12;
    private static final DateTimeFormatter HEADER_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.ENGLISH);
    static final DateTimeFormatter HEADER_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ExecutionAgent execution = new ExecutionAgent();

    public Briefing compose(BriefingKind kind, AgentContext context) {
        return compose(kind, context, sections(kind, context), null);
    }

    /**
     * The rules' briefing from sections already found; {@code modelProblem}, when present, says in a note under the
     * header why the language model's text was not used.
     */
    Briefing compose(BriefingKind kind, AgentContext context, List<BriefingSection> sections, String modelProblem) {
        Markdown markdown = new Markdown().title(title(kind, context))
                .paragraph("_Composed by rules at " + HEADER_TIME.format(LocalDateTime.ofInstant(context.now(),
                        context.zone())) + " (" + context.zone().getId() + "), from the workspace as it stood then._");
        if (modelProblem != null) {
            markdown.paragraph("_The language model's briefing was not used: " + Markdown.escape(modelProblem) + "_");
        }
        for (BriefingSection section : sections) {
            if (section.numbered()) {
                markdown.numbered(section.heading(), section.lines(), section.empty());
            } else {
                markdown.section(section.heading(), section.lines(), section.empty(), section.limit());
            }
        }
        return new Briefing(id(kind, context), kind, context.now(), AgentRunner.RULES, markdown.toString());
    }

    /** What the rules find for {@code kind}, section by section, in the order a briefing shows them. */
    List<BriefingSection> sections(BriefingKind kind, AgentContext context) {
        Require.present(kind, "kind");
        Require.present(context, "context");
        BriefingSections sections = new BriefingSections(context);
        LocalDate today = context.today();
        return switch (kind) {
            case MORNING -> List.of(
                    bullets("Today's meetings", sections.meetings(today, context.now()), "No meetings today.",
                            SECTION_LIMIT),
                    bullets("Plan for the day", sections.plan(execution.plan(context)),
                            "Nothing in today's lane to plan.", SECTION_LIMIT * 2),
                    BriefingSection.ranking("Top three", sections.topTasks(), "No open tasks."),
                    bullets("Deadlines within 48 h", sections.deadlines(), "No deadlines within 48 hours.",
                            SECTION_LIMIT),
                    bullets("Risks to review", sections.risksToReview(), "No high or critical risk is due for review.",
                            SECTION_LIMIT),
                    bullets("Budget alerts", sections.budgetAlerts(), "No budget alerts.", SECTION_LIMIT),
                    bullets("People to update", sections.peopleToUpdate(), "Nobody is due an update.",
                            SECTION_LIMIT));
            case MIDDAY -> List.of(
                    bullets("Still to come today", sections.meetings(today, context.now()), "No more meetings today.",
                            SECTION_LIMIT),
                    bullets("Plan for the rest of the day", sections.plan(execution.plan(context)),
                            "Nothing left in today's lane to plan.", SECTION_LIMIT * 2),
                    bullets("Done so far today", sections.completed(today, today), "Nothing finished yet today.",
                            SECTION_LIMIT),
                    bullets("Still open in today's lane", sections.todayLane(), "Today's lane is clear.",
                            SECTION_LIMIT),
                    bullets("Deadlines within 48 h", sections.deadlines(), "No deadlines within 48 hours.",
                            SECTION_LIMIT));
            case EVENING -> List.of(
                    bullets("Done today", sections.completed(today, today), "Nothing was finished today.",
                            SECTION_LIMIT * 2),
                    bullets("Still open in today's lane", sections.todayLane(), "Today's lane is clear.",
                            SECTION_LIMIT),
                    bullets("Tomorrow's meetings", sections.meetings(today.plusDays(1), context.now()),
                            "No meetings tomorrow.", SECTION_LIMIT),
                    bullets("Deadlines within 48 h", sections.deadlines(), "No deadlines within 48 hours.",
                            SECTION_LIMIT),
                    bullets("People to update", sections.peopleToUpdate(), "Nobody is due an update.",
                            SECTION_LIMIT));
            case WEEKLY -> List.of(
                    bullets("Completed in the past seven days", sections.completed(today.minusDays(7),
                            today.minusDays(1)), "Nothing was finished in the past seven days.", SECTION_LIMIT * 2),
                    bullets("Slips", sections.slips(today.minusDays(7)), "Nothing slipped.", SECTION_LIMIT * 2),
                    bullets("Next week's deadlines", sections.dueBetween(today, today.plusDays(6)),
                            "No deadlines in the coming seven days.", SECTION_LIMIT * 2),
                    bullets("Risks to review", sections.risksToReview(), "No high or critical risk is due for review.",
                            SECTION_LIMIT),
                    bullets("Budget alerts", sections.budgetAlerts(), "No budget alerts.", SECTION_LIMIT),
                    bullets("People to update", sections.peopleToUpdate(), "Nobody is due an update.",
                            SECTION_LIMIT));
        };
    }

    /** The same kind at the same instant gets the same ID, whoever wrote it. */
    static UUID id(BriefingKind kind, AgentContext context) {
        return UUID.nameUUIDFromBytes(("briefing\n" + kind + "\n" + context.now()).getBytes(StandardCharsets.UTF_8));
    }

    static String title(BriefingKind kind, AgentContext context) {
        return title(kind) + " \u2014 " + HEADER_DAY.format(context.today());
    }

    static String title(BriefingKind kind) {
        return switch (kind) {
            case MORNING -> "Morning briefing";
            case MIDDAY -> "Midday check";
            case EVENING -> "Evening summary";
            case WEEKLY -> "Weekly review";
        };
    }
}
