package dev.quarterdeck.core.ask;

import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalPayload;
import dev.quarterdeck.core.agent.ProposalPayloads;
import dev.quarterdeck.core.agent.ProposalStatus;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.ModelAnswerRejected;
import dev.quarterdeck.core.ai.StructuredAnswer;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers a question with a language model that may call {@link AskTools}' read-only tools. Each step the model
 * answers JSON: either {@code {"tool": …, "args": …}} — the tool runs and its result is the next message — or
 * {@code {"answer": …, "references": […], "proposals": […]}}. At most {@value #MAX_STEPS} steps. The answer may cite
 * only references a tool returned, and a change it suggests must name records a tool returned (or a project code);
 * the suggestions become pending proposals, never writes. Anything else is refused with {@link ModelAnswerRejected}.
 */
final class ModelAnswerer {

    static final int MAX_STEPS = 6;
    static final String AGENT = "ask";
    private static final ChatOptions OPTIONS = ChatOptions.DEFAULT.withTemperature(0).withContextTokens(8192);

    static final JsonSchema SCHEMA = JsonSchema.parse("""
            {"type": "object",
             "properties": {
               "tool": {"type": ["string", "null"],
                        "enum": ["list_tasks", "overdue", "risks", "project_summary", "search", null]},
               "args": {"type": ["object", "null"],
                 "properties": {"project": {"type": ["string", "null"], "maxLength": 12},
                                "horizon": {"type": ["string", "null"], "enum": ["TODAY", "WEEK", "MONTH", "LATER", null]},
                                "min_score": {"type": ["integer", "null"], "minimum": 0, "maximum": 25},
                                "text": {"type": ["string", "null"], "maxLength": 200}},
                 "additionalProperties": false},
               "answer": {"type": ["string", "null"], "maxLength": 4000},
               "references": {"type": "array", "maxItems": 50, "items": {"type": "string"}},
               "proposals": {"type": "array", "maxItems": 5, "items": {"type": "object",
                 "properties": {
                   "kind": {"type": "string", "enum": ["create_task", "change_horizon", "add_risk"]},
                   "summary": {"type": "string", "minLength": 1, "maxLength": 300},
                   "rationale": {"type": "string", "minLength": 1, "maxLength": 2000},
                   "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                   "project": {"type": ["string", "null"]},
                   "task": {"type": ["string", "null"]},
                   "title": {"type": ["string", "null"], "maxLength": 200},
                   "horizon": {"type": ["string", "null"], "enum": ["TODAY", "WEEK", "MONTH", "LATER", null]},
                   "likelihood": {"type": ["integer", "null"], "minimum": 1, "maximum": 5},
                   "impact": {"type": ["integer", "null"], "minimum": 1, "maximum": 5}},
                 "required": ["kind", "summary", "rationale", "confidence"], "additionalProperties": false}}},
             "required": ["tool", "answer"], "additionalProperties": false}
            """);

    /** One step of the model: a tool call, or the answer. */
    record Step(String tool, AskTools.Args args, String answer, List<String> references,
            List<Suggestion> proposals) {
    }

    /** A change the model suggests, before it is checked and made a proposal. */
    record Suggestion(String kind, String summary, String rationale, double confidence, String project, String task,
            String title, String horizon, Integer likelihood, Integer impact) {
    }

    /** The model's answer: its text, the records it cites (reference → label), its proposals, and the model. */
    record Answered(String text, Map<String, String> sources, List<Proposal> proposals, String model, int steps,
            long tokens) {
    }

    private final LanguageModel model;

    ModelAnswerer(LanguageModel model) {
        this.model = model;
    }

    Answered answer(String question, List<ChatMessage> earlier, AgentContext context, CancellationToken cancellation)
            throws LanguageModelException {
        AskTools tools = new AskTools(context);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(instructions(context)));
        messages.addAll(earlier);
        messages.add(ChatMessage.user(question));
        long tokens = 0;
        for (int step = 1; step <= MAX_STEPS; step++) {
            if (cancellation.isCancelled()) {
                throw new LanguageModelException(LanguageModelException.Kind.CANCELLED, "Stopped");
            }
            StructuredAnswer<Step> reply = model.structured(messages, SCHEMA, Step.class, OPTIONS);
            tokens += reply.result().totalTokens();
            Step next = reply.value();
            if (next.tool() != null) {
                messages.add(ChatMessage.assistant(reply.json().toString()));
                messages.add(ChatMessage.user("Result of " + next.tool() + ": " + tools.call(next.tool(), next.args())
                        + "\nCall another tool, or answer."));
                continue;
            }
            if (next.answer() == null || next.answer().isBlank()) {
                throw new ModelAnswerRejected("the model gave neither a tool call nor an answer", List.of(),
                        reply.json().toString());
            }
            return answered(next, tools, context, reply, step, tokens);
        }
        throw new ModelAnswerRejected("the model did not answer within " + MAX_STEPS + " steps", List.of(), "");
    }

    private Answered answered(Step step, AskTools tools, AgentContext context, StructuredAnswer<Step> reply, int steps,
            long tokens) throws ModelAnswerRejected {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = tools.seen();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String ref : step.references() == null ? List.<String>of() : step.references()) {
            String label = seen.get(ref.strip());
            if (label == null) {
                problems.add("it cites " + ref + ", which no tool returned");
            } else {
                sources.put(ref.strip(), label);
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Suggestion suggestion : step.proposals() == null ? List.<Suggestion>of() : step.proposals()) {
            proposal(suggestion, tools, context, reply.result().model(), problems).ifPresent(proposals::add);
        }
        if (!problems.isEmpty()) {
            throw new ModelAnswerRejected("the answer names records it was not shown", problems,
                    reply.json().toString());
        }
        return new Answered(step.answer().strip(), sources, proposals, reply.result().model(), steps, tokens);
    }

    private static Optional<Proposal> proposal(Suggestion s, AskTools tools, AgentContext context, String modelName,
            List<String> problems) {
        String rationale = s.rationale() + "\n\nSuggested by " + modelName + " in Ask Quarterdeck.";
        switch (s.kind()) {
            case "create_task" -> {
                if (s.title() == null || s.title().isBlank()) {
                    problems.add("a create_task suggestion has no title");
                    return Optional.empty();
                }
                Optional<Project> project = tools.project(s.project());
                if (s.project() != null && project.isEmpty()) {
                    problems.add("a create_task suggestion names the unknown project " + s.project());
                    return Optional.empty();
                }
                Horizon horizon = Optional.ofNullable(AskTools.horizon(s.horizon())).orElse(Horizon.WEEK);
                UUID taskId = UUID.nameUUIDFromBytes(("ask-task\n" + s.title() + "\n" + context.now())
                        .getBytes(StandardCharsets.UTF_8));
                return Optional.of(pending(context, s, null, rationale, new ProposalPayload.CreateTask(taskId,
                        project.map(Project::id).orElse(null), s.title().strip(), null, horizon, null, null,
                        SourceKind.MANUAL, null, null, null)));
            }
            case "change_horizon" -> {
                Optional<Task> task = tools.task(s.task());
                Horizon to = AskTools.horizon(s.horizon());
                if (task.isEmpty() || to == null) {
                    problems.add("a change_horizon suggestion needs a task a tool returned and a horizon (got "
                            + s.task() + ", " + s.horizon() + ")");
                    return Optional.empty();
                }
                return Optional.of(pending(context, s, task.get().id(), rationale,
                        new ProposalPayload.ChangeHorizon(task.get().id(), task.get().horizon(), to)));
            }
            case "add_risk" -> {
                Optional<Project> project = tools.project(s.project());
                if (project.isEmpty() || s.title() == null || s.title().isBlank() || s.likelihood() == null
                        || s.impact() == null) {
                    problems.add("an add_risk suggestion needs a known project, a title, a likelihood and an impact");
                    return Optional.empty();
                }
                return Optional.of(pending(context, s, project.get().id(), rationale, new ProposalPayload.AddRisk(
                        project.get().id(), s.title().strip(), null, null, s.likelihood(), s.impact(), null, null,
                        null)));
            }
            default -> {
                problems.add("unknown suggestion " + s.kind());
                return Optional.empty();
            }
        }
    }

    private static Proposal pending(AgentContext context, Suggestion s, UUID target, String rationale,
            ProposalPayload payload) {
        String json = ProposalPayloads.write(payload);
        UUID id = UUID.nameUUIDFromBytes((AGENT + '\n' + payload.kind() + '\n' + target + '\n' + json + '\n'
                + context.now()).getBytes(StandardCharsets.UTF_8));
        return new Proposal(id, AGENT, payload.kind(), target, s.summary().strip(), rationale,
                Math.round(s.confidence() * 100) / 100.0, json, ProposalStatus.PENDING, context.now(), null, 0);
    }

    private static String instructions(AgentContext context) {
        return """
                You are Ask Quarterdeck, answering the user's questions about their projects and tasks. Today is %s. \
                Project codes: %s.
                You cannot see the workspace directly: call a tool to read it, one call per reply, as \
                {"tool": name, "args": {...}, "answer": null}. Tools (all read-only):
                %s
                When you know enough, reply {"tool": null, "answer": "...", "references": [...], "proposals": [...]}:
                - answer: short and direct, in plain sentences; name records exactly as the tools wrote them.
                - references: the "ref" of every record your answer relies on, exactly as a tool returned it.
                - proposals: only if the user asks for a change or one is clearly needed: create_task (title, \
                project, horizon), change_horizon (task ref, horizon) or add_risk (project, title, likelihood and \
                impact 1-5), each with a summary, rationale and confidence 0-1. You cannot change anything yourself: \
                the user approves or rejects each proposal in the Inbox.
                Never invent records, references or numbers.""".formatted(context.today(),
                String.join(", ", context.index().openProjects().stream().map(Project::code).toList()),
                AskTools.describe());
    }
}
