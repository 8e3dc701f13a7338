package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The demo workspace on a fixed Saturday morning, and small helpers to look records up by their titles and to
 * derive variants of it for one test.
 */
public final class DemoFixture {

    public static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    public static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    public static final Instant NOW = TODAY.atTime(7, 45).atZone(ZONE).toInstant();
    public static final String USER = "Alex Morgan";
    public static final WorkspaceSnapshot DEMO = DemoWorkspace.create(TODAY, ZONE, NOW);

    private DemoFixture() {
    }

    /** The user's preferences: their name, nothing learned. */
    public static PreferenceModel userPreferences() {
        return PreferenceModel.learn(List.of(), List.of(new Preference(PreferenceModel.USER_NAME, USER, NOW)));
    }

    public static AgentContext context(WorkspaceSnapshot workspace) {
        return context(workspace, NOW, userPreferences());
    }

    public static AgentContext context(WorkspaceSnapshot workspace, Instant now, PreferenceModel preferences) {
        return new AgentContext(workspace, Clock.fixed(now, ZONE), ZONE, preferences);
    }

    public static Instant at(int dayOffset, int hour, int minute) {
        return TODAY.plusDays(dayOffset).atTime(hour, minute).atZone(ZONE).toInstant();
    }

    public static Task task(WorkspaceSnapshot workspace, String title) {
        return workspace.tasks().stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + title));
    }

    public static Task task(String title) {
        return task(DEMO, title);
    }

    public static Project project(String code) {
        return DEMO.projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    public static Milestone milestone(String code, String name) {
        UUID projectId = project(code).id();
        return DEMO.milestones().stream().filter(m -> m.projectId().equals(projectId) && m.name().equals(name))
                .findFirst().orElseThrow();
    }

    public static Risk risk(String code, String key) {
        UUID projectId = project(code).id();
        return DEMO.risks().stream().filter(r -> r.projectId().equals(projectId) && r.key().equals(key)).findFirst()
                .orElseThrow();
    }

    public static Stakeholder stakeholder(String code, String name) {
        UUID projectId = project(code).id();
        return DEMO.stakeholders().stream().filter(s -> s.projectId().equals(projectId) && s.name().equals(name))
                .findFirst().orElseThrow();
    }

    public static SourceItem item(String ref) {
        return DEMO.sourceItems().stream().filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
    }

    /** An e-mail that has no task yet. */
    public static SourceItem mail(String ref, String subject, String senderName, String senderAddress, Instant sent,
            String threadId, String projectCode, String snippet) {
        return new SourceItem(UUID.nameUUIDFromBytes(("test-item:" + ref).getBytes()), SourceKind.GMAIL, ref,
                subject, snippet, senderAddress, senderName, sent, null, threadId, List.of(),
                URI.create("https://mail.google.com/mail/u/0/#all/" + ref), null, null, projectCode, null, NOW);
    }

    public static WorkspaceSnapshot withItems(WorkspaceSnapshot workspace, Collection<SourceItem> extra) {
        List<SourceItem> items = new ArrayList<>(workspace.sourceItems());
        items.addAll(extra);
        return new WorkspaceSnapshot(workspace.projects(), workspace.tasks(), workspace.links(), workspace.risks(),
                workspace.milestones(), workspace.milestoneTasks(), workspace.stakeholders(), workspace.budgetLines(),
                workspace.transactions(), workspace.documents(), items);
    }

    /** The workspace with the task titled {@code title} replaced by {@code change} of it. */
    public static WorkspaceSnapshot withTask(WorkspaceSnapshot workspace, String title, UnaryOperator<Task> change) {
        List<Task> tasks = workspace.tasks().stream().map(t -> t.title().equals(title) ? change.apply(t) : t)
                .toList();
        return new WorkspaceSnapshot(workspace.projects(), tasks, workspace.links(), workspace.risks(),
                workspace.milestones(), workspace.milestoneTasks(), workspace.stakeholders(), workspace.budgetLines(),
                workspace.transactions(), workspace.documents(), workspace.sourceItems());
    }

    /** The same task due on another day. */
    public static Task due(Task task, LocalDate due) {
        return new Task(task.id(), task.projectId(), task.title(), task.notes(), task.status(), task.horizon(),
                task.horizonPinned(), due, task.estimate(), task.owner(), task.score(), task.sourceKind(),
                task.sourceRef(), task.sourceUrl(), task.createdAt(), task.updatedAt(), task.completedAt(),
                task.version());
    }
}
