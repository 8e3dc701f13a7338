package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.agent.TriageAgent.Suspicion;
import dev.quarterdeck.core.agent.WorkspaceIndex.Similar;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.SchemaNodes;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.StructuredAnswer;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Triage with a language model: for the oldest {@value #MAX_ITEMS} source items without a task, the model proposes
 * the project, horizon, a task title, labels and which of the suspected duplicates we show it really are duplicates.
 *
 * <p>Every part of the answer is checked before it becomes a proposal: the schema (keys, project codes and horizons
 * are enums of what was sent, lengths and the 0–1 confidence are bounded), then each entry — an item answered twice,
 * a duplicate that was not offered for that item, a blank title or a horizon later than this month for an item due
 * by tomorrow is refused, with the reason in the run log. Items the model did not answer, or answered unacceptably,
 * and items beyond the first {@value #MAX_ITEMS}, are triaged by the {@link TriageAgent}'s rules. When the model is off
 * or unreachable, or its whole answer is rejected, the rules triage everything and the run says so.
 *
 * <p>Labels go into the task's notes ("Labels: …"): tasks have no label field yet.
 */
public final class ModelTriageAgent implements Agent {

    static final int MAX_ITEMS = 10;
    static final int MAX_CANDIDATES = 4;
    static final double CANDIDATE_SIMILARITY = 0.34;
    static final int TEXT_LIMIT = 400;

    private static final String INSTRUCTIONS = """
            You triage a project manager's incoming items (e-mails, calendar events, documents, issues) into tasks.
            For each item decide: the project (a code from the list, or null for the inbox when none fits), the
            horizon (TODAY, WEEK, MONTH or LATER — by urgency and due date), a short imperative task title, up to five
            short labels, which of the item's listed possible duplicates really describe the same work (their keys;
            an empty list when none do), a one- or two-sentence rationale naming the evidence, and your confidence
            from 0 to 1. Use only keys and codes given in the input. Answer with JSON only.""";

    private final TriageAgent rules = new TriageAgent();
    private final AgentModel model;

    public ModelTriageAgent(AgentModel model) {
        this.model = Require.present(model, "model");
    }

    @Override
    public String name() {
        return TriageAgent.NAME;
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        return produce(context).proposals();
    }

    @Override
    public AgentOutput produce(AgentContext context) {
        List<SourceItem> items = TriageAgent.itemsToTriage(context);
        if (items.isEmpty()) {
            return AgentOutput.rules(List.of());
        }
        Request request = new Request(items.subList(0, Math.min(MAX_ITEMS, items.size())), context);
        StructuredAnswer<JsonNode> answer;
        try {
            answer = model.model().structured(request.messages(), request.schema(), ModelAnswers.OPTIONS);
        } catch (LanguageModelException e) {
            return ModelAnswers.fallback(byRules(items, Map.of(), context), model, e);
        }
        ChatResult result = answer.result();
        Map<UUID, List<Proposal>> answered = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        JsonNode entries = answer.json().get("items");
        for (int i = 0; i < entries.size(); i++) {
            try {
                Accepted accepted = request.read(entries.get(i), result.model(), context);
                if (answered.putIfAbsent(accepted.item().id(), accepted.proposals()) != null) {
                    throw new IllegalArgumentException("item " + entries.get(i).get("item").asText()
                            + " is answered twice");
                }
            } catch (IllegalArgumentException e) {
                refusals.add("items[" + i + "]: " + e.getMessage());
            }
        }
        if (answered.isEmpty() && !refusals.isEmpty()) {
            return ModelAnswers.allRefused(byRules(items, Map.of(), context), result, refusals);
        }
        List<Proposal> proposals = byRules(items, answered, context);
        String note = "model " + answered.size() + ", rules " + (items.size() - answered.size())
                + (refusals.isEmpty() ? "" : ", " + refusals.size() + " refused");
        return new AgentOutput(proposals, result.model(), result.totalTokens(), note,
                refusals.isEmpty() ? null : "Refused parts of the model's answer: " + String.join("; ", refusals));
    }

    /** The model's proposals for the items it answered; the rules' for the others, in item order. */
    private List<Proposal> byRules(List<SourceItem> items, Map<UUID, List<Proposal>> answered,
            AgentContext context) {
        List<Proposal> proposals = new ArrayList<>();
        for (SourceItem item : items) {
            List<Proposal> fromModel = answered.get(item.id());
            proposals.addAll(fromModel != null ? fromModel : rules.triage(item, context));
        }
        return proposals;
    }

    private record Accepted(SourceItem item, List<Proposal> proposals) {
    }

    /** One question to the model: the items under short keys, the open projects, and each item's candidates. */
    private static final class Request {

        private final Map<String, SourceItem> items = new LinkedHashMap<>();
        private final Map<String, Task> candidates = new LinkedHashMap<>();
        private final Map<String, List<String>> candidatesOf = new LinkedHashMap<>();
        private final Map<String, Project> projects = new LinkedHashMap<>();
        private final ObjectNode input = ModelAnswers.JSON.createObjectNode();

        Request(List<SourceItem> asked, AgentContext context) {
            input.put("today", context.today().toString());
            ArrayNode projectList = input.putArray("projects");
            for (Project project : context.index().openProjects()) {
                projects.put(project.code(), project);
                ObjectNode p = projectList.addObject().put("code", project.code()).put("name", project.name());
                if (project.description() != null && !project.description().isBlank()) {
                    p.put("description", Proposals.clip(project.description().strip(), 200));
                }
            }
            ArrayNode itemList = input.putArray("items");
            for (SourceItem item : asked) {
                String key = "I" + (items.size() + 1);
                items.put(key, item);
                ObjectNode node = itemList.addObject().put("key", key).put("kind", item.kind().name())
                        .put("title", item.title())
                        .put("received", LocalDate.ofInstant(item.createdAt(), context.zone()).toString());
                String from = item.senderName() != null ? item.senderName() : item.senderAddress();
                if (from != null) {
                    node.put("from", from);
                }
                if (item.due() != null) {
                    node.put("due", item.due().toString());
                }
                if (item.projectCode() != null) {
                    node.put("taggedProject", item.projectCode());
                }
                if (item.snippet() != null && !item.snippet().isBlank()) {
                    node.put("text", Proposals.clip(item.snippet().strip(), TEXT_LIMIT));
                }
                ArrayNode possible = node.putArray("possibleDuplicates");
                List<String> keys = new ArrayList<>();
                for (Task task : candidates(item, context)) {
                    String taskKey = "T" + (candidates.size() + 1);
                    candidates.put(taskKey, task);
                    keys.add(taskKey);
                    possible.addObject().put("key", taskKey).put("title", task.title())
                            .put("project", context.index().projectLabel(task.projectId()));
                }
                candidatesOf.put(key, keys);
            }
        }

        /** The rules' suspicions first, then open tasks whose titles are somewhat alike. */
        private static List<Task> candidates(SourceItem item, AgentContext context) {
            Task draft = TriageAgent.draftTask(item, null, context);
            Map<UUID, Task> found = new LinkedHashMap<>();
            for (Suspicion suspicion : TriageAgent.duplicates(item, draft, context)) {
                found.putIfAbsent(suspicion.task().id(), suspicion.task());
            }
            for (Similar similar : context.index().openTasksWithTitleLike(Words.of(draft.title()),
                    CANDIDATE_SIMILARITY)) {
                found.putIfAbsent(similar.task().id(), similar.task());
            }
            return found.values().stream().limit(MAX_CANDIDATES).toList();
        }

        List<ChatMessage> messages() {
            return List.of(ChatMessage.system(INSTRUCTIONS), ChatMessage.user(input.toPrettyString()));
        }

        JsonSchema schema() {
            ObjectNode properties = SchemaNodes.properties();
            properties.set("item", SchemaNodes.oneOf(List.copyOf(items.keySet())));
            properties.set("project", SchemaNodes.nullable(SchemaNodes.oneOf(List.copyOf(projects.keySet()))));
            properties.set("horizon", SchemaNodes.oneOf(Arrays.stream(Horizon.values()).map(Enum::name).toList()));
            properties.set("title", SchemaNodes.string(1, 200));
            properties.set("labels", SchemaNodes.arrayOf(SchemaNodes.string(1, 30), 0, 5));
            properties.set("duplicates", candidates.isEmpty()
                    ? SchemaNodes.arrayOf(SchemaNodes.string(1, 10), 0, 0)
                    : SchemaNodes.arrayOf(SchemaNodes.oneOf(List.copyOf(candidates.keySet())), 0,
                            MAX_CANDIDATES));
            properties.set("rationale", SchemaNodes.string(1, 600));
            properties.set("confidence", SchemaNodes.number(0, 1));
            ObjectNode answer = SchemaNodes.properties();
            answer.set("items", SchemaNodes.arrayOf(SchemaNodes.object(properties), 0, items.size()));
            return JsonSchema.of(SchemaNodes.object(answer));
        }

        /** One entry of a schema-checked answer as proposals; refuses it with the reason. */
        Accepted read(JsonNode entry, String modelName, AgentContext context) {
            String key = entry.get("item").asText();
            SourceItem item = items.get(key);
            if (item == null) {
                throw new IllegalArgumentException("unknown item " + key);
            }
            String code = ModelAnswers.text(entry, "project");
            Project project = code == null ? null : projects.get(code);
            if (code != null && project == null) {
                throw new IllegalArgumentException("unknown project " + code);
            }
            Horizon horizon = Horizon.valueOf(entry.get("horizon").asText());
            String title = ModelAnswers.requiredText(entry, "title");
            String rationale = ModelAnswers.requiredText(entry, "rationale");
            List<String> labels = ModelAnswers.texts(entry, "labels");
            List<Task> duplicates = new ArrayList<>();
            for (String duplicate : ModelAnswers.texts(entry, "duplicates")) {
                if (!candidatesOf.get(key).contains(duplicate)) {
                    throw new IllegalArgumentException(duplicate + " was not offered as a duplicate of " + key);
                }
                duplicates.add(candidates.get(duplicate));
            }
            Task draft = TriageAgent.draftTask(item, project, context);
            if (draft.due() != null && !draft.due().isAfter(context.today().plusDays(1))
                    && (horizon == Horizon.MONTH || horizon == Horizon.LATER)) {
                throw new IllegalArgumentException(key + " is due " + draft.due() + " but the horizon is " + horizon);
            }
            double confidence = ModelAnswers.confidence(entry.get("confidence").asDouble());
            String notes = draft.notes() == null ? "" : draft.notes();
            if (!labels.isEmpty()) {
                notes = (notes.isBlank() ? "" : notes.strip() + "\n\n") + "Labels: " + String.join(", ", labels);
            }
            ProposalPayload.CreateTask payload = new ProposalPayload.CreateTask(draft.id(),
                    project == null ? null : project.id(), Proposals.clip(title, 500), notes, horizon, draft.due(),
                    draft.estimate() == null ? null : Math.toIntExact(draft.estimate().toMinutes()), item.kind(),
                    item.ref(), item.url(), item.id());
            String where = project == null ? "the inbox" : project.code();
            String byline = ModelAnswers.byline(modelName);
            List<Proposal> proposals = new ArrayList<>();
            proposals.add(Proposals.pending(context, TriageAgent.NAME, item.id(),
                    "Create task " + quote(payload.title()) + " in " + where + ", horizon " + Texts.horizon(horizon)
                            + ".",
                    Texts.capitalise(Texts.item(item)) + " has no task. " + rationale
                            + (labels.isEmpty() ? "" : " Labels: " + String.join(", ", labels) + ".")
                            + (duplicates.isEmpty() ? "" : " It duplicates " + quote(duplicates.get(0).title())
                                    + "; see the LINK_TASKS proposal.")
                            + byline,
                    duplicates.isEmpty() ? confidence : confidence * 0.6, payload));
            for (Task existing : duplicates) {
                proposals.add(Proposals.pending(context, TriageAgent.NAME, existing.id(),
                        "Link new task " + quote(payload.title()) + " as a duplicate of " + quote(existing.title())
                                + " (" + context.index().projectLabel(existing.projectId()) + ").",
                        "The model judged " + Texts.item(item) + " to describe the same work as open task "
                                + quote(existing.title()) + ". Apply after the CREATE_TASK proposal for the item, "
                                + "which creates task " + draft.id() + "." + byline,
                        confidence, new ProposalPayload.LinkTasks(draft.id(), existing.id(), LinkKind.DUPLICATES)));
            }
            return new Accepted(item, proposals);
        }
    }
}
