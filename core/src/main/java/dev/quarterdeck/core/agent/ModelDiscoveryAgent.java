package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.agent.WorkspaceIndex.Similar;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.SchemaNodes;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.StructuredAnswer;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.focus.HorizonProposer;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Discovery with a language model: the model reads the newest {@value #MAX_ITEMS} recent source items (the
 * {@link DiscoveryAgent}'s window, calendar events left out) and names up to {@value #MAX_THEMES} recurring themes or
 * requests, each with the items it is based on, a task title, a project (or none) and its confidence.
 *
 * <p>Checked before anything is proposed: the schema (item keys and project codes are enums of what was sent, 2–20
 * items per theme, bounded lengths and confidence), then each theme — it must rest on at least two different items,
 * not all of which already have a task, and no open task may already carry a title like it. A refused theme is named
 * in the run log; when every theme is refused, or the model is off, unreachable or its answer rejected, the rules
 * agent runs instead and the run says so.
 */
public final class ModelDiscoveryAgent implements Agent {

    static final int MAX_ITEMS = 40;
    static final int MAX_THEMES = DiscoveryAgent.MAX_THEMES;
    static final double SAME_TITLE = 0.8;
    private static final int TEXT_LIMIT = 300;

    private static final String INSTRUCTIONS = """
            You find recurring themes and repeated requests in a project manager's recent items (e-mails, issues,
            documents) that deserve a task of their own. Name at most five themes. For each give a short imperative
            task title, the keys of the items it is based on (at least two), the project code the task belongs to
            (or null), a one- or two-sentence rationale naming the evidence, and your confidence from 0 to 1. Use
            only keys and codes given in the input; name no theme when none recurs. Answer with JSON only.""";

    private final DiscoveryAgent rules = new DiscoveryAgent();
    private final HorizonProposer horizons = new HorizonProposer();
    private final AgentModel model;

    public ModelDiscoveryAgent(AgentModel model) {
        this.model = Require.present(model, "model");
    }

    @Override
    public String name() {
        return DiscoveryAgent.NAME;
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        return produce(context).proposals();
    }

    @Override
    public AgentOutput produce(AgentContext context) {
        Instant since = context.now().minus(Duration.ofDays(DiscoveryAgent.WINDOW_DAYS));
        List<SourceItem> recent = context.workspace().sourceItems().stream()
                .filter(i -> i.kind() != SourceKind.CALENDAR)
                .filter(i -> !i.createdAt().isBefore(since) && !i.createdAt().isAfter(context.now()))
                .sorted(Comparator.comparing(SourceItem::createdAt).reversed().thenComparing(SourceItem::kind)
                        .thenComparing(SourceItem::ref))
                .limit(MAX_ITEMS)
                .toList();
        if (recent.size() < 2) {
            return AgentOutput.rules(rules.run(context));
        }
        Map<String, SourceItem> keys = new LinkedHashMap<>();
        recent.forEach(item -> keys.put("I" + (keys.size() + 1), item));
        Map<String, Project> projects = new LinkedHashMap<>();
        context.index().openProjects().forEach(p -> projects.put(p.code(), p));
        StructuredAnswer<JsonNode> answer;
        try {
            answer = model.model().structured(messages(keys, projects, context), schema(keys, projects),
                    ModelAnswers.OPTIONS);
        } catch (LanguageModelException e) {
            return ModelAnswers.fallback(rules.run(context), model, e);
        }
        ChatResult result = answer.result();
        List<Proposal> proposals = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        JsonNode themes = answer.json().get("themes");
        for (int i = 0; i < themes.size(); i++) {
            try {
                proposals.add(proposal(themes.get(i), keys, projects, result.model(), context));
            } catch (IllegalArgumentException e) {
                refusals.add("themes[" + i + "]: " + e.getMessage());
            }
        }
        if (proposals.isEmpty() && !refusals.isEmpty()) {
            return ModelAnswers.allRefused(rules.run(context), result, refusals);
        }
        return new AgentOutput(proposals, result.model(), result.totalTokens(),
                refusals.isEmpty() ? null : "ok, " + refusals.size() + " themes refused",
                refusals.isEmpty() ? null : "Refused parts of the model's answer: " + String.join("; ", refusals));
    }

    private static List<ChatMessage> messages(Map<String, SourceItem> keys, Map<String, Project> projects,
            AgentContext context) {
        ObjectNode input = ModelAnswers.JSON.createObjectNode().put("today", context.today().toString());
        ArrayNode projectList = input.putArray("projects");
        projects.values().forEach(p -> projectList.addObject().put("code", p.code()).put("name", p.name()));
        ArrayNode items = input.putArray("items");
        keys.forEach((key, item) -> {
            ObjectNode node = items.addObject().put("key", key).put("kind", item.kind().name())
                    .put("title", item.title())
                    .put("received", LocalDate.ofInstant(item.createdAt(), context.zone()).toString())
                    .put("hasTask", context.index().taskFor(item).isPresent());
            String from = item.senderName() != null ? item.senderName() : item.senderAddress();
            if (from != null) {
                node.put("from", from);
            }
            if (item.projectCode() != null) {
                node.put("taggedProject", item.projectCode());
            }
            if (item.snippet() != null && !item.snippet().isBlank()) {
                node.put("text", Proposals.clip(item.snippet().strip(), TEXT_LIMIT));
            }
        });
        return List.of(ChatMessage.system(INSTRUCTIONS), ChatMessage.user(input.toPrettyString()));
    }

    private static JsonSchema schema(Map<String, SourceItem> keys, Map<String, Project> projects) {
        ObjectNode properties = SchemaNodes.properties();
        properties.set("title", SchemaNodes.string(1, 200));
        properties.set("items", SchemaNodes.arrayOf(SchemaNodes.oneOf(List.copyOf(keys.keySet())), 2, 20));
        properties.set("project", SchemaNodes.nullable(SchemaNodes.oneOf(List.copyOf(projects.keySet()))));
        properties.set("rationale", SchemaNodes.string(1, 600));
        properties.set("confidence", SchemaNodes.number(0, 1));
        ObjectNode answer = SchemaNodes.properties();
        answer.set("themes", SchemaNodes.arrayOf(SchemaNodes.object(properties), 0, MAX_THEMES));
        return JsonSchema.of(SchemaNodes.object(answer));
    }

    private Proposal proposal(JsonNode theme, Map<String, SourceItem> keys, Map<String, Project> projects,
            String modelName, AgentContext context) {
        String title = ModelAnswers.requiredText(theme, "title");
        String rationale = ModelAnswers.requiredText(theme, "rationale");
        List<SourceItem> items = new ArrayList<>();
        for (String key : ModelAnswers.texts(theme, "items")) {
            SourceItem item = keys.get(key);
            if (item == null) {
                throw new IllegalArgumentException("unknown item " + key);
            }
            items.add(item);
        }
        if (items.size() < 2) {
            throw new IllegalArgumentException("a theme needs two different items, " + quote(title) + " has "
                    + items.size());
        }
        if (items.stream().allMatch(i -> context.index().taskFor(i).isPresent())) {
            throw new IllegalArgumentException("every item of " + quote(title) + " already has a task");
        }
        List<Similar> alike = context.index().openTasksWithTitleLike(Words.of(title), SAME_TITLE);
        if (!alike.isEmpty()) {
            throw new IllegalArgumentException("open task " + quote(alike.get(0).task().title()) + " already covers "
                    + quote(title));
        }
        String code = ModelAnswers.text(theme, "project");
        Project project = code == null ? null : projects.get(code);
        if (code != null && project == null) {
            throw new IllegalArgumentException("unknown project " + code);
        }
        items.sort(Comparator.comparing(SourceItem::createdAt).thenComparing(SourceItem::ref));
        SourceItem newest = items.get(items.size() - 1);
        String notes = items.stream()
                .map(i -> "- " + Texts.item(i) + ", " + Texts.day(LocalDate.ofInstant(i.createdAt(), context.zone())))
                .collect(Collectors.joining("\n"));
        UUID taskId = Proposals.derivedId("discovery-task", title,
                items.stream().map(i -> i.id().toString()).sorted().collect(Collectors.joining(",")));
        Task draft = new Task(taskId, project == null ? null : project.id(), Proposals.clip(title, 500), notes,
                TaskStatus.TODO, Horizon.WEEK, false, null, null, null, 0, SourceKind.AGENT, null, null,
                newest.createdAt(), newest.createdAt(), null, 0);
        Horizon horizon = horizons.propose(draft, context.scoring().scoreDraft(draft, newest).total(),
                context.today());
        String where = project == null ? "the inbox" : project.code();
        return Proposals.pending(context, DiscoveryAgent.NAME, null,
                "Create task " + quote(draft.title()) + " in " + where + ", horizon " + Texts.horizon(horizon) + ".",
                rationale + " Based on " + items.stream().map(Texts::item).collect(Collectors.joining("; ")) + "."
                        + ModelAnswers.byline(modelName),
                ModelAnswers.confidence(theme.get("confidence").asDouble()),
                new ProposalPayload.CreateTask(taskId, draft.projectId(), draft.title(), notes, horizon, null, null,
                        SourceKind.AGENT, null, null, null));
    }
}
