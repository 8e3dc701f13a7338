package dev.quarterdeck.core.store;

import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.agent.ExecutionLog;
import dev.quarterdeck.core.agent.Preference;
import dev.quarterdeck.core.agent.PreferenceSignal;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.agent.ProposalStatus;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorStatus;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid records with every optional field filled, so a round trip exercises every column. Instants carry
 * microseconds (the precision the store keeps).
 */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-03-10T09:15:30.123456Z");
    static final LocalDate D0 = LocalDate.of(2025, 3, 10);

    private Fixtures() {
    }

    /** A project code nobody else in the database has. */
    static String uniqueCode() {
        return "P" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                .toUpperCase(Locale.ROOT);
    }

    static Project project(String name) {
        return new Project(Ids.newId(), uniqueCode(), name, "What " + name + " is about", ProjectStatus.ACTIVE,
                Priority.HIGH, "Ada", "Grace", D0, D0.plusMonths(3), List.of("Ship it", "Keep it calm"),
                List.of("Users say yes"), "In: the app", "Out: the cloud", Currency.getInstance("EUR"),
                new BigDecimal("125000.50"), T0, T0.plusSeconds(60), 0);
    }

    static Task task(UUID projectId, String title) {
        return task(projectId, title, TaskStatus.TODO, Horizon.WEEK, 1.5);
    }

    static Task task(UUID projectId, String title, TaskStatus status, Horizon horizon, double score) {
        Instant completed = status.isOpen() ? null : T0.plusSeconds(3_600);
        return new Task(Ids.newId(), projectId, title, "Notes for " + title, status, horizon, true, D0.plusDays(7),
                Duration.ofMinutes(90), "Ada", score, SourceKind.GMAIL, "msg-" + UUID.randomUUID(),
                URI.create("https://mail.example.com/m/" + title.hashCode()), T0, T0.plusSeconds(30), completed, 0);
    }

    static Task doneTask(UUID projectId, String title, Instant completedAt) {
        return new Task(Ids.newId(), projectId, title, "", TaskStatus.DONE, Horizon.TODAY, false, null, null, null,
                0, SourceKind.MANUAL, null, null, T0, completedAt, completedAt, 0);
    }

    static TaskLink link(UUID from, UUID to, LinkKind kind) {
        return new TaskLink(Ids.newId(), from, to, kind, LinkOrigin.USER, T0);
    }

    static Risk risk(UUID projectId, String key) {
        return new Risk(Ids.newId(), projectId, key, "Vendor slips " + key, "The vendor may be late", "Supply", 3, 4,
                "Ada", "Weekly check-in", "Second vendor", RiskStatus.OPEN, D0, D0.plusDays(14), null, T0, 0);
    }

    static Milestone milestone(UUID projectId, String name, LocalDate due) {
        return new Milestone(Ids.newId(), projectId, name, "Reach " + name, due, due, MilestoneStatus.PLANNED, null,
                T0, 0);
    }

    static Stakeholder stakeholder(UUID projectId, String name) {
        return new Stakeholder(Ids.newId(), projectId, name, "Sponsor", "ACME", name.toLowerCase(Locale.ROOT)
                + "@example.com", 5, 4, Duration.ofDays(14), D0.minusDays(3), T0, 0);
    }

    static BudgetLine budgetLine(UUID projectId, String category, String amount) {
        return new BudgetLine(Ids.newId(), projectId, category, Money.of(amount, "EUR"), T0, 0);
    }

    static Transaction transaction(UUID projectId, UUID budgetLineId, LocalDate date, String amount) {
        return new Transaction(Ids.newId(), projectId, budgetLineId, date, Money.of(amount, "EUR"), "Hotel Nord",
                "Two nights", T0, 0);
    }

    static Document document(UUID projectId, String title) {
        return new Document(Ids.newId(), projectId, title, title + ".pdf", "application/pdf", 12_345,
                "a".repeat(64), "documents/" + title + ".pdf", T0, 0);
    }

    static SourceItem sourceItem(SourceKind kind, String ref, UUID taskId) {
        return new SourceItem(Ids.newId(), kind, ref, "Re: " + ref, "Could you send the forecast?",
                "ceo@example.com", "The CEO", T0, D0.plusDays(2), "thread-" + ref, List.of("ref-a", "ref-b"),
                URI.create("https://mail.example.com/" + ref), T0.plusSeconds(10), T0.plusSeconds(3_610), "KUBE",
                taskId, T0.plusSeconds(5));
    }

    static ConnectorAccount connectorAccount(String displayName) {
        return new ConnectorAccount(Ids.newId(), SourceKind.GMAIL, displayName, "me@example.com",
                ConnectorStatus.CONNECTED, T0, "cursor-123", 42, null, T0, 0);
    }

    static Proposal proposal(String summary) {
        return new Proposal(Ids.newId(), "triage", ProposalKind.CHANGE_HORIZON, Ids.newId(), summary,
                "Due in two days", 0.75, "{\"horizon\":\"TODAY\"}", ProposalStatus.PENDING, T0, null, 0);
    }

    static ExecutionLog executionLog(UUID proposalId) {
        return new ExecutionLog(Ids.newId(), proposalId, T0, "moved to TODAY", false);
    }

    static AgentRun agentRun(String agent, Instant startedAt) {
        return new AgentRun(Ids.newId(), agent, "llama3.2:3b", startedAt, Duration.ofMillis(1_234), 560, 2, "ok",
                null);
    }

    static Preference preference(String key, String value) {
        return new Preference(key, value, T0);
    }

    static PreferenceSignal signal(UUID proposalId, String agent, Instant at) {
        return new PreferenceSignal(Ids.newId(), proposalId, agent, ProposalKind.CHANGE_HORIZON,
                PreferenceSignal.Decision.APPROVED, "inbox", at);
    }

    static Briefing briefing(BriefingKind kind, Instant createdAt) {
        return new Briefing(Ids.newId(), kind, createdAt, "rules", "# Morning\n\n- three things");
    }
}
