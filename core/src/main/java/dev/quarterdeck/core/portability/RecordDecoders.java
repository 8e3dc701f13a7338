package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
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
import java.util.UUID;

/**
 * Turns the JSON object of each export table into its record. Every field is read first, so one pass reports every
 * unreadable field of the object; then the record's own constructor checks the rules between fields.
 */
final class RecordDecoders {

    private RecordDecoders() {
    }

    static Project project(JsonFields f) {
        UUID id = f.uuid("id");
        String code = f.string("code");
        String name = f.string("name");
        String description = f.string("description");
        ProjectStatus status = f.constant("status", ProjectStatus.class);
        Priority priority = f.constant("priority", Priority.class);
        String owner = f.string("owner");
        String sponsor = f.string("sponsor");
        LocalDate start = f.date("start");
        LocalDate due = f.date("due");
        List<String> objectives = f.strings("objectives");
        List<String> successCriteria = f.strings("successCriteria");
        String scopeIn = f.string("scopeIn");
        String scopeOut = f.string("scopeOut");
        Currency currency = f.currency("currency");
        BigDecimal budgetTotal = f.decimal("budgetTotal");
        Instant createdAt = f.instant("createdAt");
        Instant updatedAt = f.instant("updatedAt");
        long version = f.longInteger("version");
        return f.build(() -> new Project(id, code, name, description, status, priority, owner, sponsor, start, due,
                objectives, successCriteria, scopeIn, scopeOut, currency, budgetTotal, createdAt, updatedAt, version));
    }

    static Task task(JsonFields f) {
        UUID id = f.uuid("id");
        UUID projectId = f.uuid("projectId");
        String title = f.string("title");
        String notes = f.string("notes");
        TaskStatus status = f.constant("status", TaskStatus.class);
        Horizon horizon = f.constant("horizon", Horizon.class);
        boolean horizonPinned = f.bool("horizonPinned");
        LocalDate due = f.date("due");
        Duration estimate = f.duration("estimate");
        String owner = f.string("owner");
        double score = f.number("score");
        SourceKind sourceKind = f.constant("sourceKind", SourceKind.class);
        String sourceRef = f.string("sourceRef");
        URI sourceUrl = f.uri("sourceUrl");
        Instant createdAt = f.instant("createdAt");
        Instant updatedAt = f.instant("updatedAt");
        Instant completedAt = f.instant("completedAt");
        long version = f.longInteger("version");
        return f.build(() -> new Task(id, projectId, title, notes, status, horizon, horizonPinned, due, estimate, owner,
                score, sourceKind, sourceRef, sourceUrl, createdAt, updatedAt, completedAt, version));
    }

    static TaskLink link(JsonFields f) {
        UUID id = f.uuid("id");
        UUID fromTaskId = f.uuid("fromTaskId");
        UUID toTaskId = f.uuid("toTaskId");
        LinkKind kind = f.constant("kind", LinkKind.class);
        LinkOrigin origin = f.constant("origin", LinkOrigin.class);
        Instant createdAt = f.instant("createdAt");
        return f.build(() -> new TaskLink(id, fromTaskId, toTaskId, kind, origin, createdAt));
    }

    static Risk risk(JsonFields f) {
        UUID id = f.uuid("id");
        UUID projectId = f.uuid("projectId");
        String key = f.string("key");
        String title = f.string("title");
        String description = f.string("description");
        String category = f.string("category");
        int likelihood = f.integer("likelihood");
        int impact = f.integer("impact");
        String owner = f.string("owner");
        String mitigation = f.string("mitigation");
        String contingency = f.string("contingency");
        RiskStatus status = f.constant("status", RiskStatus.class);
        LocalDate identified = f.date("identified");
        LocalDate nextReview = f.date("nextReview");
        LocalDate closed = f.date("closed");
        Instant updatedAt = f.instant("updatedAt");
        long version = f.longInteger("version");
        return f.build(() -> new Risk(id, projectId, key, title, description, category, likelihood, impact, owner,
                mitigation, contingency, status, identified, nextReview, closed, updatedAt, version));
    }

    static Milestone milestone(JsonFields f) {
        UUID id = f.uuid("id");
        UUID projectId = f.uuid("projectId");
        String name = f.string("name");
        String description = f.string("description");
        LocalDate baselineDue = f.date("baselineDue");
        LocalDate due = f.date("due");
        MilestoneStatus status = f.constant("status", MilestoneStatus.class);
        LocalDate completed = f.date("completed");
        Instant updatedAt = f.instant("updatedAt");
        long version = f.longInteger("version");
        return f.build(() -> new Milestone(id, projectId, name, description, baselineDue, due, status, completed,
                updatedAt, version));
    }

    static MilestoneTask milestoneTask(JsonFields f) {
        UUID milestoneId = f.uuid("milestoneId");
        UUID taskId = f.uuid("taskId");
        return f.build(() -> new MilestoneTask(milestoneId, taskId));
    }

    static RiskLink riskLink(JsonFields f) {
        UUID id = f.uuid("id");
        UUID riskId = f.uuid("riskId");
        UUID taskId = f.uuid("taskId");
        UUID milestoneId = f.uuid("milestoneId");
        return f.build(() -> new RiskLink(id, riskId, taskId, milestoneId));
    }

    static Stakeholder stakeholder(JsonFields f) {
        UUID id = f.uuid("id");
        UUID projectId = f.uuid("projectId");
        String name = f.string("name");
        String role = f.string("role");
        String organisation = f.string("organisation");
        String email = f.string("email");
        int influence = f.integer("influence");
        int interest = f.integer("interest");
        Duration cadence = f.duration("cadence");
        LocalDate lastContact = f.date("lastContact");
        Instant updatedAt = f.instant("updatedAt");
        long version = f.longInteger("version");
        return f.build(() -> new Stakeholder(id, projectId, name, role, organisation, email, influence, interest,
                cadence, lastContact, updatedAt, version));
    }

    static BudgetLine budgetLine(JsonFields f) {
        UUID id = f.uuid("id");
        UUID projectId = f.uuid("projectId");
        String category = f.string("category");
        Money planned = f.money("planned");
        Instant updatedAt = f.instant("updatedAt");
        long version = f.longInteger("version");
        return f.build(() -> new BudgetLine(id, projectId, category, planned, updatedAt, version));
    }

    static Transaction transaction(JsonFields f) {
        UUID id = f.uuid("id");
        UUID projectId = f.uuid("projectId");
        UUID budgetLineId = f.uuid("budgetLineId");
        LocalDate date = f.date("date");
        Money amount = f.money("amount");
        String vendor = f.string("vendor");
        String note = f.string("note");
        Instant updatedAt = f.instant("updatedAt");
        long version = f.longInteger("version");
        return f.build(() -> new Transaction(id, projectId, budgetLineId, date, amount, vendor, note, updatedAt,
                version));
    }

    static Document document(JsonFields f) {
        UUID id = f.uuid("id");
        UUID projectId = f.uuid("projectId");
        String title = f.string("title");
        String fileName = f.string("fileName");
        String mediaType = f.string("mediaType");
        long sizeBytes = f.longInteger("sizeBytes");
        String sha256 = f.string("sha256");
        String storedPath = f.string("storedPath");
        Instant addedAt = f.instant("addedAt");
        long version = f.longInteger("version");
        return f.build(() -> new Document(id, projectId, title, fileName, mediaType, sizeBytes, sha256, storedPath,
                addedAt, version));
    }

    static SourceItem sourceItem(JsonFields f) {
        UUID id = f.uuid("id");
        SourceKind kind = f.constant("kind", SourceKind.class);
        String ref = f.string("ref");
        String title = f.string("title");
        String snippet = f.string("snippet");
        String senderAddress = f.string("senderAddress");
        String senderName = f.string("senderName");
        Instant createdAt = f.instant("createdAt");
        LocalDate due = f.date("due");
        String threadId = f.string("threadId");
        List<String> references = f.strings("references");
        URI url = f.uri("url");
        Instant start = f.instant("start");
        Instant end = f.instant("end");
        String projectCode = f.string("projectCode");
        UUID taskId = f.uuid("taskId");
        Instant seenAt = f.instant("seenAt");
        return f.build(() -> new SourceItem(id, kind, ref, title, snippet, senderAddress, senderName, createdAt, due,
                threadId, references, url, start, end, projectCode, taskId, seenAt));
    }
}
