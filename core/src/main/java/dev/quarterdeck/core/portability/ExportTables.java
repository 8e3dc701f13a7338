package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.portability.ExportColumn.Kind;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * The tables of export format version 1, in document order. Field names are the record components' names, so the
 * JSON, the CSV headers and {@code docs/export-format.md} all use the same words. ConnectorAccount is not a table:
 * connector settings and secrets never leave the machine through an export.
 */
final class ExportTables {

    static final ExportTable<Project> PROJECTS = new ExportTable<>("projects", WorkspaceSnapshot::projects,
            Comparator.comparing(Project::code), List.of(
                    text("id", Project::id),
                    text("code", Project::code),
                    text("name", Project::name),
                    text("description", Project::description),
                    text("status", Project::status),
                    text("priority", Project::priority),
                    text("owner", Project::owner),
                    text("sponsor", Project::sponsor),
                    text("start", Project::start),
                    text("due", Project::due),
                    list("objectives", Project::objectives),
                    list("successCriteria", Project::successCriteria),
                    text("scopeIn", Project::scopeIn),
                    text("scopeOut", Project::scopeOut),
                    text("currency", Project::currency),
                    text("budgetTotal", Project::budgetTotal),
                    text("createdAt", Project::createdAt),
                    text("updatedAt", Project::updatedAt),
                    integer("version", Project::version)));

    static final ExportTable<Task> TASKS = new ExportTable<>("tasks", WorkspaceSnapshot::tasks,
            Comparator.comparing(Task::createdAt).thenComparing(Task::id), List.of(
                    text("id", Task::id),
                    text("projectId", Task::projectId),
                    text("title", Task::title),
                    text("notes", Task::notes),
                    text("status", Task::status),
                    text("horizon", Task::horizon),
                    new ExportColumn<>("horizonPinned", Kind.BOOLEAN, Task::horizonPinned),
                    text("due", Task::due),
                    text("estimate", Task::estimate),
                    text("owner", Task::owner),
                    new ExportColumn<>("score", Kind.NUMBER, Task::score),
                    text("sourceKind", Task::sourceKind),
                    text("sourceRef", Task::sourceRef),
                    text("sourceUrl", Task::sourceUrl),
                    text("createdAt", Task::createdAt),
                    text("updatedAt", Task::updatedAt),
                    text("completedAt", Task::completedAt),
                    integer("version", Task::version)));

    static final ExportTable<TaskLink> LINKS = new ExportTable<>("links", WorkspaceSnapshot::links,
            Comparator.comparing(TaskLink::createdAt).thenComparing(TaskLink::id), List.of(
                    text("id", TaskLink::id),
                    text("fromTaskId", TaskLink::fromTaskId),
                    text("toTaskId", TaskLink::toTaskId),
                    text("kind", TaskLink::kind),
                    text("origin", TaskLink::origin),
                    text("createdAt", TaskLink::createdAt)));

    static final ExportTable<Risk> RISKS = new ExportTable<>("risks", WorkspaceSnapshot::risks,
            Comparator.comparing(Risk::projectId).thenComparing(Risk::key), List.of(
                    text("id", Risk::id),
                    text("projectId", Risk::projectId),
                    text("key", Risk::key),
                    text("title", Risk::title),
                    text("description", Risk::description),
                    text("category", Risk::category),
                    integer("likelihood", Risk::likelihood),
                    integer("impact", Risk::impact),
                    text("owner", Risk::owner),
                    text("mitigation", Risk::mitigation),
                    text("contingency", Risk::contingency),
                    text("status", Risk::status),
                    text("identified", Risk::identified),
                    text("nextReview", Risk::nextReview),
                    text("closed", Risk::closed),
                    text("updatedAt", Risk::updatedAt),
                    integer("version", Risk::version)));

    static final ExportTable<Milestone> MILESTONES = new ExportTable<>("milestones", WorkspaceSnapshot::milestones,
            Comparator.comparing(Milestone::projectId).thenComparing(Milestone::due).thenComparing(Milestone::id),
            List.of(
                    text("id", Milestone::id),
                    text("projectId", Milestone::projectId),
                    text("name", Milestone::name),
                    text("description", Milestone::description),
                    text("baselineDue", Milestone::baselineDue),
                    text("due", Milestone::due),
                    text("status", Milestone::status),
                    text("completed", Milestone::completed),
                    text("updatedAt", Milestone::updatedAt),
                    integer("version", Milestone::version)));

    static final ExportTable<MilestoneTask> MILESTONE_TASKS = new ExportTable<>("milestoneTasks",
            WorkspaceSnapshot::milestoneTasks,
            Comparator.comparing(MilestoneTask::milestoneId).thenComparing(MilestoneTask::taskId), List.of(
                    text("milestoneId", MilestoneTask::milestoneId),
                    text("taskId", MilestoneTask::taskId)));

    static final ExportTable<Stakeholder> STAKEHOLDERS = new ExportTable<>("stakeholders",
            WorkspaceSnapshot::stakeholders,
            Comparator.comparing(Stakeholder::projectId).thenComparing(Stakeholder::name)
                    .thenComparing(Stakeholder::id), List.of(
                    text("id", Stakeholder::id),
                    text("projectId", Stakeholder::projectId),
                    text("name", Stakeholder::name),
                    text("role", Stakeholder::role),
                    text("organisation", Stakeholder::organisation),
                    text("email", Stakeholder::email),
                    integer("influence", Stakeholder::influence),
                    integer("interest", Stakeholder::interest),
                    text("cadence", Stakeholder::cadence),
                    text("lastContact", Stakeholder::lastContact),
                    text("updatedAt", Stakeholder::updatedAt),
                    integer("version", Stakeholder::version)));

    static final ExportTable<BudgetLine> BUDGET_LINES = new ExportTable<>("budgetLines", WorkspaceSnapshot::budgetLines,
            Comparator.comparing(BudgetLine::projectId).thenComparing(BudgetLine::category)
                    .thenComparing(BudgetLine::id), List.of(
                    text("id", BudgetLine::id),
                    text("projectId", BudgetLine::projectId),
                    text("category", BudgetLine::category),
                    new ExportColumn<>("planned", Kind.MONEY, BudgetLine::planned),
                    text("updatedAt", BudgetLine::updatedAt),
                    integer("version", BudgetLine::version)));

    static final ExportTable<Transaction> TRANSACTIONS = new ExportTable<>("transactions",
            WorkspaceSnapshot::transactions,
            Comparator.comparing(Transaction::date).thenComparing(Transaction::id), List.of(
                    text("id", Transaction::id),
                    text("projectId", Transaction::projectId),
                    text("budgetLineId", Transaction::budgetLineId),
                    text("date", Transaction::date),
                    new ExportColumn<>("amount", Kind.MONEY, Transaction::amount),
                    text("vendor", Transaction::vendor),
                    text("note", Transaction::note),
                    text("updatedAt", Transaction::updatedAt),
                    integer("version", Transaction::version)));

    static final ExportTable<Document> DOCUMENTS = new ExportTable<>("documents", WorkspaceSnapshot::documents,
            Comparator.comparing(Document::addedAt).thenComparing(Document::id), List.of(
                    text("id", Document::id),
                    text("projectId", Document::projectId),
                    text("title", Document::title),
                    text("fileName", Document::fileName),
                    text("mediaType", Document::mediaType),
                    integer("sizeBytes", Document::sizeBytes),
                    text("sha256", Document::sha256),
                    text("storedPath", Document::storedPath),
                    text("addedAt", Document::addedAt),
                    integer("version", Document::version)));

    static final ExportTable<SourceItem> SOURCE_ITEMS = new ExportTable<>("sourceItems", WorkspaceSnapshot::sourceItems,
            Comparator.comparing(SourceItem::kind).thenComparing(SourceItem::ref), List.of(
                    text("id", SourceItem::id),
                    text("kind", SourceItem::kind),
                    text("ref", SourceItem::ref),
                    text("title", SourceItem::title),
                    text("snippet", SourceItem::snippet),
                    text("senderAddress", SourceItem::senderAddress),
                    text("senderName", SourceItem::senderName),
                    text("createdAt", SourceItem::createdAt),
                    text("due", SourceItem::due),
                    text("threadId", SourceItem::threadId),
                    list("references", SourceItem::references),
                    text("url", SourceItem::url),
                    text("start", SourceItem::start),
                    text("end", SourceItem::end),
                    text("projectCode", SourceItem::projectCode),
                    text("taskId", SourceItem::taskId),
                    text("seenAt", SourceItem::seenAt)));

    /** Added to format version 1 with schema 5: a file without it (an older export) reads as having none. */
    static final ExportTable<RiskLink> RISK_LINKS = new ExportTable<>("riskLinks", WorkspaceSnapshot::riskLinks,
            Comparator.comparing(RiskLink::riskId).thenComparing(RiskLink::id), List.of(
                    text("id", RiskLink::id),
                    text("riskId", RiskLink::riskId),
                    text("taskId", RiskLink::taskId),
                    text("milestoneId", RiskLink::milestoneId)));

    static final List<ExportTable<?>> ALL = List.of(PROJECTS, TASKS, LINKS, RISKS, MILESTONES, MILESTONE_TASKS,
            STAKEHOLDERS, BUDGET_LINES, TRANSACTIONS, DOCUMENTS, SOURCE_ITEMS, RISK_LINKS);

    private ExportTables() {
    }

    /** The same records, each list in the order an export writes it. */
    static WorkspaceSnapshot canonical(WorkspaceSnapshot snapshot) {
        return new WorkspaceSnapshot(PROJECTS.sortedRows(snapshot), TASKS.sortedRows(snapshot),
                LINKS.sortedRows(snapshot), RISKS.sortedRows(snapshot), MILESTONES.sortedRows(snapshot),
                MILESTONE_TASKS.sortedRows(snapshot), STAKEHOLDERS.sortedRows(snapshot),
                BUDGET_LINES.sortedRows(snapshot), TRANSACTIONS.sortedRows(snapshot), DOCUMENTS.sortedRows(snapshot),
                SOURCE_ITEMS.sortedRows(snapshot), RISK_LINKS.sortedRows(snapshot));
    }

    /** Export text of a value: ISO-8601 for time, plain digits for decimals, the constant's name for enums. */
    static String asText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Currency currency) {
            return currency.getCurrencyCode();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static <T> ExportColumn<T> text(String name, Function<T, ?> getter) {
        return new ExportColumn<>(name, Kind.TEXT, row -> asText(getter.apply(row)));
    }

    private static <T> ExportColumn<T> integer(String name, Function<T, ? extends Number> getter) {
        return new ExportColumn<>(name, Kind.INTEGER, row -> getter.apply(row).longValue());
    }

    private static <T> ExportColumn<T> list(String name, Function<T, List<String>> getter) {
        return new ExportColumn<>(name, Kind.TEXT_LIST, getter::apply);
    }
}
