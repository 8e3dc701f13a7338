package dev.quarterdeck.core.workspace;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.util.List;

/**
 * Every user record of a workspace, as plain lists: what the demo generator produces, what the store writes in
 * one transaction, and what export and import carry.
 */
public record WorkspaceSnapshot(
        List<Project> projects,
        List<Task> tasks,
        List<TaskLink> links,
        List<Risk> risks,
        List<Milestone> milestones,
        List<MilestoneTask> milestoneTasks,
        List<Stakeholder> stakeholders,
        List<BudgetLine> budgetLines,
        List<Transaction> transactions,
        List<Document> documents,
        List<SourceItem> sourceItems,
        List<RiskLink> riskLinks) {

    /** A workspace without risk links (they came with schema 5; most producers have none). */
    public WorkspaceSnapshot(List<Project> projects, List<Task> tasks, List<TaskLink> links, List<Risk> risks,
            List<Milestone> milestones, List<MilestoneTask> milestoneTasks, List<Stakeholder> stakeholders,
            List<BudgetLine> budgetLines, List<Transaction> transactions, List<Document> documents,
            List<SourceItem> sourceItems) {
        this(projects, tasks, links, risks, milestones, milestoneTasks, stakeholders, budgetLines, transactions,
                documents, sourceItems, List.of());
    }

    public WorkspaceSnapshot {
        projects = List.copyOf(projects);
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        risks = List.copyOf(risks);
        milestones = List.copyOf(milestones);
        milestoneTasks = List.copyOf(milestoneTasks);
        stakeholders = List.copyOf(stakeholders);
        budgetLines = List.copyOf(budgetLines);
        transactions = List.copyOf(transactions);
        documents = List.copyOf(documents);
        sourceItems = List.copyOf(sourceItems);
        riskLinks = List.copyOf(riskLinks);
    }
}
