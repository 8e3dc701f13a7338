package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A project and its budget records, built up by a test. Dates default to {@link #TODAY}. */
final class Ledger {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 16);
    static final Instant NOW = Instant.parse("2025-03-16T08:00:00Z");

    Project project;
    final List<BudgetLine> lines = new ArrayList<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    final List<Milestone> milestones = new ArrayList<>();

    Ledger(String currency, String budgetTotal, LocalDate start, LocalDate due) {
        project = new Project(UUID.randomUUID(), "ATLAS", "Atlas office move", "", ProjectStatus.ACTIVE,
                Priority.HIGH, "Lea Novak", null, start, due, List.of(), List.of(), "", "", Currency.getInstance(currency),
                new BigDecimal(budgetTotal), NOW, NOW, 0);
    }

    /** An EUR project planned from 1 to 31 March 2025 (30 days); TODAY is day 15. */
    static Ledger eur() {
        return new Ledger("EUR", "0", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
    }

    BudgetLine line(String category, String planned) {
        return line(category, planned, project.currency().getCurrencyCode());
    }

    BudgetLine line(String category, String planned, String currency) {
        BudgetLine line = new BudgetLine(UUID.randomUUID(), project.id(), category, Money.of(planned, currency), NOW,
                0);
        lines.add(line);
        return line;
    }

    void spend(BudgetLine line, String amount) {
        spend(line, amount, TODAY);
    }

    void spend(BudgetLine line, String amount, LocalDate date) {
        spend(line, Money.of(amount, line.planned().currency().getCurrencyCode()), date);
    }

    void spend(BudgetLine line, Money amount, LocalDate date) {
        transactions.add(new Transaction(UUID.randomUUID(), project.id(), line.id(), date, amount, "Vendor", "", NOW,
                0));
    }

    /** A task of this project; {@code hours} null for a task without an estimate. */
    Task task(TaskStatus status, Integer hours) {
        Task task = new Task(UUID.randomUUID(), project.id(), "Task " + (tasks.size() + 1), "", status, Horizon.WEEK,
                false, null, hours == null ? null : Duration.ofHours(hours), null, 0, SourceKind.MANUAL, null, null,
                NOW, NOW, status.isOpen() ? null : NOW, 0);
        tasks.add(task);
        return task;
    }

    Milestone milestone(MilestoneStatus status) {
        Milestone milestone = new Milestone(UUID.randomUUID(), project.id(), "M" + (milestones.size() + 1), "",
                TODAY, TODAY, status, status == MilestoneStatus.DONE ? TODAY : null, NOW, 0);
        milestones.add(milestone);
        return milestone;
    }

    List<BudgetSummary> summaries() {
        return BudgetSummary.of(project, lines, transactions);
    }

    BudgetSummary summary() {
        return summaries().get(0);
    }

    EarnedValue earnedValue(ProgressBasis basis) {
        return EarnedValue.measure(project, project.currency(), lines, transactions, tasks, milestones, basis, TODAY);
    }
}
