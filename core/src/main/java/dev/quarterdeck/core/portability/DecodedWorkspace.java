package dev.quarterdeck.core.portability;

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
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;

/** Every decoded table of one export, with locations, ready for the reference checks. */
record DecodedWorkspace(
        DecodedSection<Project> projects,
        DecodedSection<Task> tasks,
        DecodedSection<TaskLink> links,
        DecodedSection<Risk> risks,
        DecodedSection<Milestone> milestones,
        DecodedSection<MilestoneTask> milestoneTasks,
        DecodedSection<Stakeholder> stakeholders,
        DecodedSection<BudgetLine> budgetLines,
        DecodedSection<Transaction> transactions,
        DecodedSection<Document> documents,
        DecodedSection<SourceItem> sourceItems,
        DecodedSection<RiskLink> riskLinks) {

    WorkspaceSnapshot toSnapshot() {
        return new WorkspaceSnapshot(projects.records(), tasks.records(), links.records(), risks.records(),
                milestones.records(), milestoneTasks.records(), stakeholders.records(), budgetLines.records(),
                transactions.records(), documents.records(), sourceItems.records(), riskLinks.records());
    }
}
