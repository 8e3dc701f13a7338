package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is due an update, and a draft of it. A stakeholder of an open project is due when their agreed cadence has
 * passed since the last contact ({@link Stakeholder#isDueForUpdate}). They are ranked by influence × staleness, where
 * staleness is the days since the last contact over the cadence's days (1 means exactly due; never contacted counts
 * {@value #NEVER_CONTACTED_STALENESS}); ties go to the more influential, then by name.
 *
 * <p>Each gets a DRAFT_MESSAGE built from the project's real status: its health and the reasons for it, the next open
 * milestone with its slip, the tasks finished since the last contact and the next open task due. Confidence 0.5 +
 * 0.08 per influence point above 1, at most 0.9.
 */
public final class StakeholderAgent implements Agent {

    public static final String NAME = "stakeholder";
    static final double NEVER_CONTACTED_STALENESS = 2.0;
    static final int RECENT_DONE_LIMIT = 3;

    @Override
    public String name() {
        return NAME;
    }

    /** A stakeholder due an update and how urgently. */
    public record Due(Stakeholder stakeholder, Project project, double staleness, double rank) {
    }

    /** Stakeholders of open projects due an update, most urgent first. */
    public static List<Due> dueForUpdate(AgentContext context) {
        List<Due> due = new ArrayList<>();
        LocalDate today = context.today();
        for (Project project : context.index().openProjects()) {
            for (Stakeholder stakeholder : context.index().stakeholdersOf(project.id())) {
                if (stakeholder.isDueForUpdate(today)) {
                    // influence × days ÷ cadence in one division, so equal ranks compare equal
                    long days = stakeholder.lastContact() == null ? 0
                            : ChronoUnit.DAYS.between(stakeholder.lastContact(), today);
                    long cadence = stakeholder.cadence().toDays();
                    double staleness = stakeholder.lastContact() == null ? NEVER_CONTACTED_STALENESS
                            : (double) days / cadence;
                    double rank = stakeholder.lastContact() == null
                            ? stakeholder.influence() * NEVER_CONTACTED_STALENESS
                            : (double) (stakeholder.influence() * days) / cadence;
                    due.add(new Due(stakeholder, project, staleness, rank));
                }
            }
        }
        due.sort(Comparator.comparingDouble(Due::rank).reversed()
                .thenComparing(d -> d.stakeholder().influence(), Comparator.reverseOrder())
                .thenComparing(d -> d.stakeholder().name())
                .thenComparing(d -> d.project().code()));
        return due;
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        List<Proposal> proposals = new ArrayList<>();
        for (Due due : dueForUpdate(context)) {
            proposals.add(proposal(due, context));
        }
        return proposals;
    }

    private static Proposal proposal(Due due, AgentContext context) {
        Stakeholder person = due.stakeholder();
        Project project = due.project();
        Health health = context.health(project);
        Optional<Milestone> next = context.index().milestonesOf(project.id()).stream()
                .filter(WorkspaceIndex::isOpen).findFirst();
        LocalDate since = person.lastContact();
        List<Task> done = context.index().tasksOf(project.id()).stream()
                .filter(t -> t.status() == TaskStatus.DONE)
                .filter(t -> since == null || LocalDate.ofInstant(t.completedAt(), context.zone()).isAfter(since))
                .sorted(Comparator.comparing(Task::completedAt).reversed().thenComparing(Task::title))
                .limit(RECENT_DONE_LIMIT)
                .toList();
        Optional<Task> nextTask = context.index().tasksOf(project.id()).stream()
                .filter(t -> t.isOpen() && t.due() != null)
                .min(Comparator.comparing(Task::due).thenComparing(Task::title));

        String subject = project.name() + ": status update " + Texts.day(context.today());
        String body = body(person, project, health, next, done, nextTask, context);
        String lastContact = since == null ? "never contacted"
                : "last contact " + Texts.day(since) + ", " + ChronoUnit.DAYS.between(since, context.today())
                        + " days ago";
        String cadence = person.cadence() == null ? "" : ", agreed every " + person.cadence().toDays() + " days";
        String rationale = person.name() + " (" + (person.role() == null ? "stakeholder" : person.role()) + ", "
                + project.code() + ", influence " + person.influence() + ") is due an update: " + lastContact
                + cadence + ". Rank " + String.format(Locale.ROOT, "%.2f", due.rank())
                + " = influence " + person.influence() + " \u00d7 staleness "
                + String.format(Locale.ROOT, "%.2f", due.staleness()) + ". The draft uses "
                + project.code() + "'s health (" + health.summary() + ")"
                + next.map(m -> ", its next milestone " + quote(m.name())).orElse("")
                + (done.isEmpty() ? "" : ", " + Texts.plural(done.size(), "task") + " finished since the last contact")
                + nextTask.map(t -> " and the next task due, " + quote(t.title())).orElse("") + ".";
        return Proposals.pending(context, NAME, person.id(),
                "Send " + person.name() + " (" + project.code() + ") a status update.", rationale,
                Math.min(0.9, 0.5 + 0.08 * (person.influence() - 1)),
                new ProposalPayload.DraftMessage(person.id(), project.id(), person.email(), subject, body));
    }

    private static String body(Stakeholder person, Project project, Health health, Optional<Milestone> next,
            List<Task> done, Optional<Task> nextTask, AgentContext context) {
        StringBuilder body = new StringBuilder()
                .append("Hi ").append(firstName(person.name())).append(",\n\n")
                .append("a short update on ").append(project.name()).append(" (").append(project.code())
                        .append(").\n\n")
                .append("Status: ").append(health.level().label());
        body.append(" \u2014 ").append(String.join("; ", health.reasons()));
        body.append(".\n");
        next.ifPresent(m -> {
            body.append("Next milestone: ").append(m.name()).append(", due ").append(Texts.day(m.due()));
            if (m.isPastDue(context.today())) {
                body.append(" (overdue)");
            } else if (m.slipDays() > 0) {
                body.append(" (").append(Texts.plural(m.slipDays(), "day")).append(" later than planned)");
            }
            body.append(".\n");
        });
        if (!done.isEmpty()) {
            body.append("Done since we last spoke:\n");
            done.forEach(t -> body.append("- ").append(t.title()).append('\n'));
        }
        nextTask.ifPresent(t -> body.append("Next up: ").append(t.title()).append(", due ").append(Texts.day(t.due()))
                .append(".\n"));
        body.append("\nHappy to go into detail on any of this.\n\nBest regards");
        context.userName().ifPresent(name -> body.append(",\n").append(name));
        return body.toString();
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
