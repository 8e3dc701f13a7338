package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import dev.quarterdeck.core.ai.ChatResult;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.ModelAnswerRejected;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.document.DocumentFindings;
import dev.quarterdeck.core.document.DocumentFindings.ActionItem;
import dev.quarterdeck.core.document.DocumentFindings.KeyDate;
import dev.quarterdeck.core.document.DocumentFindings.RiskItem;
import dev.quarterdeck.core.document.ModelDocumentReader;
import dev.quarterdeck.core.document.RulesDocumentReader;
import dev.quarterdeck.core.focus.HorizonProposer;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what an analysis found in one document into proposals for the document's project, each citing the document
 * and the sentence it comes from:
 * <ul>
 * <li>an action item → CREATE_TASK with its due date (owner and quote in the notes), unless an open task of the
 * project already has a title like it;</li>
 * <li>a risk → ADD_RISK (likelihood × impact as found, reviewed in a week, owned by the project's owner), unless an
 * active risk of the project already has a title like it;</li>
 * <li>a date today or later that no action item is due on from the same sentence → CREATE_TASK due that day, with
 * low confidence: the document names it, the user decides whether it needs work.</li>
 * </ul>
 * The analysis is made before the agent runs ({@link #read}); the agent itself only proposes.
 */
public final class DocumentAgent implements Agent {

    public static final String NAME = "documents";
    static final double SAME_TITLE = 0.8;
    static final int REVIEW_IN_DAYS = 7;

    private final Document document;
    private final Reading reading;
    private final HorizonProposer horizons = new HorizonProposer();

    /**
     * An analysis and what its run log says about it: the model asked (or "rules" when none answered), and the note and
     * error that say why the model's answer was not used, or which parts of it were refused.
     */
    public record Reading(DocumentFindings findings, String model, String note, String error) {

        public Reading {
            Require.present(findings, "findings");
            model = Require.text(model, "model", 120);
        }
    }

    public DocumentAgent(Document document, Reading reading) {
        this.document = Require.present(document, "document");
        this.reading = Require.present(reading, "reading");
    }

    /**
     * Reads the document's text with the model; when the model is off, unreachable or its answer is rejected, with
     * the rules ({@link RulesDocumentReader}), saying why in the reading's note and error.
     */
    public static Reading read(Document document, String text, AgentModel model, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        try {
            DocumentFindings findings = ModelDocumentReader.read(document.title(), text, today, clock.instant(),
                    model.model());
            return new Reading(findings, findings.producedBy(), findings.refused().isEmpty() ? null
                    : "ok, " + findings.refused().size() + " parts refused",
                    findings.refused().isEmpty() ? null
                            : "Refused parts of the model's answer: " + String.join("; ", findings.refused()));
        } catch (ModelAnswerRejected e) {
            DocumentFindings rules = RulesDocumentReader.read(text, today, clock.instant());
            long tokens = e.result().map(ChatResult::totalTokens).orElse(0L);
            return new Reading(new DocumentFindings(rules.summary(), rules.producedBy(), rules.analysedAt(), tokens,
                    rules.dates(), rules.actions(), rules.risks(), List.of(e.getMessage())),
                    e.result().map(ChatResult::model).orElse(model.name()), ModelAnswers.note(e), ModelAnswers.error(e));
        } catch (LanguageModelException e) {
            return new Reading(RulesDocumentReader.read(text, today, clock.instant()), AgentRunner.RULES,
                    ModelAnswers.note(e), ModelAnswers.error(e));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        return produce(context).proposals();
    }

    @Override
    public AgentOutput produce(AgentContext context) {
        DocumentFindings findings = reading.findings();
        Project project = context.index().project(document.projectId()).orElseThrow(
                () -> new IllegalStateException("the project of " + document.fileName() + " is gone"));
        String by = findings.byRules() ? "Found by rules." : "Found by the language model " + findings.producedBy()
                + ".";
        List<Proposal> proposals = new ArrayList<>();
        Set<String> actionQuotes = new HashSet<>();
        for (ActionItem action : findings.actions()) {
            actionQuotes.add(action.quote());
            if (!alreadyTasked(action.text(), project, context)) {
                proposals.add(task(project, action.text(), action.due(), action.owner(), action.quote(),
                        findings.byRules() ? 0.5 : 0.6, "Action item", by, context));
            }
        }
        for (RiskItem risk : findings.risks()) {
            if (!alreadyInRegister(risk.title(), project, context)) {
                proposals.add(risk(project, risk, findings.byRules() ? 0.45 : 0.55, by, context));
            }
        }
        Set<LocalDate> proposedDates = new HashSet<>();
        for (KeyDate date : findings.dates()) {
            if (!date.date().isBefore(context.today()) && !actionQuotes.contains(date.quote())
                    && proposedDates.add(date.date()) && !alreadyTasked(date.what(), project, context)) {
                proposals.add(task(project, date.what(), date.date(), null, date.quote(), 0.35, "Date", by, context));
            }
        }
        return new AgentOutput(proposals, reading.model(), findings.tokens(), reading.note(), reading.error());
    }

    private Proposal task(Project project, String text, LocalDate due, String owner, String quoted,
            double confidence, String what, String by, AgentContext context) {
        String title = Proposals.clip(text.strip(), 200);
        String notes = "From document " + quote(document.title()) + " (" + document.fileName() + "): "
                + quote(quoted) + (owner == null ? "" : "\nOwner named in the document: " + owner);
        Task draft = new Task(Proposals.derivedId("document-task", document.id(), quoted, title), project.id(), title,
                notes, TaskStatus.TODO, Horizon.WEEK, false, due, null, null, 0, SourceKind.FILE,
                document.fileName(), null, context.now(), context.now(), null, 0);
        Horizon horizon = horizons.propose(draft, context.score(draft).total(), context.today());
        return Proposals.pending(context, NAME, document.id(),
                "Create task " + quote(title) + " in " + project.code()
                        + (due == null ? "" : ", due " + Texts.day(due)) + ", horizon " + Texts.horizon(horizon) + ".",
                what + " in document " + quote(document.title()) + " (" + document.fileName() + "): "
                        + cite(quoted) + (owner == null ? "" : "Owner named: " + owner + ". ") + by,
                confidence,
                new ProposalPayload.CreateTask(draft.id(), project.id(), title, notes, horizon, due, null,
                        SourceKind.FILE, document.fileName(), null, null));
    }

    private Proposal risk(Project project, RiskItem risk, double confidence, String by, AgentContext context) {
        String description = risk.description().strip() + (risk.description().contains(risk.quote()) ? ""
                : "\n\n" + quote(risk.quote())) + "\n\nSource: document " + quote(document.title()) + " ("
                + document.fileName() + ").";
        return Proposals.pending(context, NAME, document.id(),
                "Add risk " + quote(risk.title()) + " to " + project.code() + " (likelihood " + risk.likelihood()
                        + " \u00d7 impact " + risk.impact() + ").",
                "Risk raised in document " + quote(document.title()) + " (" + document.fileName() + "): "
                        + cite(risk.quote()) + "No active risk of " + project.code() + " has a title like it. " + by,
                confidence,
                new ProposalPayload.AddRisk(project.id(), Proposals.clip(risk.title(), 200),
                        Proposals.clip(description, 20_000), "Document", risk.likelihood(), risk.impact(),
                        project.owner(), "", context.today().plusDays(REVIEW_IN_DAYS)));
    }

    /** The quoted sentence, closed with a full stop unless it has its own, and a space. */
    private static String cite(String sentence) {
        String quoted = quote(sentence.strip());
        return sentence.strip().matches(".*[.!?]$") ? quoted + " " : quoted + ". ";
    }

    private static boolean alreadyTasked(String title, Project project, AgentContext context) {
        return context.index().openTasksWithTitleLike(Words.of(title), SAME_TITLE).stream()
                .anyMatch(s -> project.id().equals(s.task().projectId()));
    }

    private static boolean alreadyInRegister(String title, Project project, AgentContext context) {
        Set<String> words = Words.of(title);
        return context.index().risksOf(project.id()).stream().filter(r -> r.status().isActive())
                .map(Risk::title).anyMatch(t -> Words.jaccard(words, Words.of(t)) >= SAME_TITLE);
    }
}
