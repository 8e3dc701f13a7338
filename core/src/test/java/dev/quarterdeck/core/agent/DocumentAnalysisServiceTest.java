package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarterdeck.core.agent.ProposalPayload.AddRisk;
import dev.quarterdeck.core.agent.ProposalPayload.CreateTask;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.document.DocumentLibrary;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Analyse" on a document of the demo's ATLAS project: findings kept with the document, proposals in the Inbox. */
class DocumentAnalysisServiceTest {

    // the demo's today is Saturday 22 November 2025: "next Friday" is 28 November
    static final String MINUTES = """
            # Lease review
            The landlord sent the final lease draft for Quay Street 4.
            - Lea will return the signed lease by 2025-12-05.
            - Action: Tom - collect three quotes from movers
            - We must confirm the network installation by next Friday.
            - Risk: the landlord may delay the handover of the keys, a major problem.
            The move is planned for 2026-01-20.
            """;

    @TempDir
    Path dir;
    StoredDemo demo;
    DocumentLibrary library;
    Document minutes;
    Project atlas;

    @BeforeEach
    void open() throws Exception {
        demo = new StoredDemo(dir.resolve("store"));
        library = new DocumentLibrary(demo.store, dir.resolve("data"), demo.clock(), Actor.USER);
        atlas = demo.store.projects().findByCode("ATLAS").orElseThrow();
        Path file = Files.writeString(dir.resolve("lease review.md"), MINUTES);
        minutes = library.attach(atlas.id(), file);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private DocumentAnalysisService service(AgentModel model) {
        demo.advance(Duration.ofMinutes(1));
        return new DocumentAnalysisService(demo.store, library, model, demo.clock());
    }

    private List<Proposal> pendingFromDocuments() {
        return demo.agents().pending().stream().filter(p -> p.agent().equals(DocumentAgent.NAME)).toList();
    }

    @Test
    void withoutAModelTheRulesProposeTasksWithDueDatesARiskAndTheDatesCitingTheDocument() throws Exception {
        DocumentAnalysisService.Result result = service(AgentModel.none()).analyse(minutes, () -> false);

        List<Proposal> stored = pendingFromDocuments();
        assertThat(stored).hasSameElementsAs(result.proposals());
        assertThat(stored).allSatisfy(p -> {
            assertThat(p.targetId()).isEqualTo(minutes.id());
            assertThat(p.rationale()).contains("\u201clease review\u201d (lease review.md)", "Found by rules.");
        });
        List<CreateTask> tasks = stored.stream().filter(p -> p.kind() == ProposalKind.CREATE_TASK)
                .map(p -> (CreateTask) ProposalPayloads.read(p)).toList();
        assertThat(tasks).extracting(CreateTask::title, CreateTask::due).containsExactlyInAnyOrder(
                tuple("Return the signed lease by 2025-12-05", TODAY.plusDays(13)),
                tuple("Collect three quotes from movers", null),
                tuple("Confirm the network installation by next Friday",
                        TODAY.plusDays(6)),
                tuple("The move is planned for 2026-01-20.",
                        java.time.LocalDate.of(2026, 1, 20)));
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.projectId()).isEqualTo(atlas.id());
            assertThat(t.sourceKind()).isEqualTo(SourceKind.FILE);
            assertThat(t.sourceRef()).isEqualTo("lease review.md");
            assertThat(t.notes()).startsWith("From document \u201clease review\u201d (lease review.md)");
        });
        assertThat(tasks.stream().filter(t -> t.title().startsWith("Return")).findFirst().orElseThrow().notes())
                .contains("Owner named in the document: Lea");
        AddRisk risk = stored.stream().filter(p -> p.kind() == ProposalKind.ADD_RISK)
                .map(p -> (AddRisk) ProposalPayloads.read(p)).findFirst().orElseThrow();
        assertThat(risk.title()).isEqualTo("The landlord may delay the handover of the keys, a major problem");
        assertThat(risk.impact()).isEqualTo(4);
        assertThat(risk.description()).contains("Source: document \u201clease review\u201d");

        assertThat(result.run().model()).isEqualTo("rules");
        assertThat(result.run().agent()).isEqualTo("documents");
        assertThat(demo.store.agentRuns().latest(10)).extracting(AgentRun::id).contains(result.run().id());
        assertThat(library.analysis(minutes)).contains(result.findings());
        assertThat(result.findings().summary()).startsWith("Lease review. The landlord sent the final lease draft");
    }

    @Test
    void analysingAgainProposesNothingNew() throws Exception {
        service(AgentModel.none()).analyse(minutes, () -> false);

        DocumentAnalysisService.Result again = service(AgentModel.none()).analyse(minutes, () -> false);

        assertThat(again.proposals()).isEmpty();
        assertThat(again.run().outcome()).endsWith("5 already pending");
    }

    @Test
    void aCancelledAnalysisStoresNothing() {
        assertThatThrownBy(() -> service(AgentModel.none()).analyse(minutes, () -> true))
                .isInstanceOf(CancellationException.class);

        assertThat(pendingFromDocuments()).isEmpty();
        assertThat(library.analysis(minutes)).isEmpty();
    }

    @Test
    void aModelsFindingsBecomeProposalsAndAMadeUpQuoteIsRefused() throws Exception {
        ScriptedModel model = new ScriptedModel().answer("""
                {"summary": "Lea returns the signed lease; movers to be quoted.",
                 "dates": [],
                 "actions": [{"text": "Return the signed lease", "owner": "Lea", "due": "2025-12-05",
                              "quote": "Lea will return the signed lease by 2025-12-05."},
                             {"text": "Book a removal van", "owner": null, "due": null,
                              "quote": "We will book a removal van."}],
                 "risks": [{"title": "Key handover delayed", "description": "The landlord may be late.",
                            "likelihood": 3, "impact": 4,
                            "quote": "Risk: the landlord may delay the handover of the keys, a major problem."}]}
                """);

        DocumentAnalysisService.Result result = service(model.asAgentModel()).analyse(minutes, () -> false);

        assertThat(result.findings().producedBy()).isEqualTo(ScriptedModel.NAME);
        assertThat(result.findings().summary()).isEqualTo("Lea returns the signed lease; movers to be quoted.");
        assertThat(result.proposals()).extracting(Proposal::kind).containsExactly(ProposalKind.CREATE_TASK,
                ProposalKind.ADD_RISK);
        assertThat(result.proposals()).allSatisfy(p -> assertThat(p.rationale())
                .contains("Found by the language model scripted:1b."));
        assertThat(result.proposals()).noneMatch(p -> p.payloadJson().contains("removal van"));
        assertThat(result.run().model()).isEqualTo(ScriptedModel.NAME);
        assertThat(result.run().tokens()).isEqualTo(120);
        assertThat(result.run().error()).contains("actions[1]: its quote is not in the document");
    }

    @Test
    void aSchemaViolatingAnswerIsRejectedReportedAndTheRulesAnswer() throws Exception {
        ScriptedModel model = new ScriptedModel().answer("""
                {"summary": "Made up.", "dates": [], "actions": [],
                 "risks": [{"title": "Everything fails", "description": "x", "likelihood": 9, "impact": 4,
                            "quote": "The move is planned for 2026-01-20."}]}
                """);

        DocumentAnalysisService.Result result = service(model.asAgentModel()).analyse(minutes, () -> false);

        assertThat(result.findings().byRules()).isTrue();
        assertThat(result.proposals()).noneMatch(p -> p.payloadJson().contains("Everything fails"));
        assertThat(result.proposals()).isNotEmpty().allSatisfy(p -> assertThat(p.rationale())
                .contains("Found by rules."));
        assertThat(result.run().outcome()).startsWith("answer rejected, rules used");
        assertThat(result.run().error()).contains("$.risks[0].likelihood", "above the maximum 5");
        assertThat(result.run().model()).isEqualTo(ScriptedModel.NAME);
    }

    @Test
    void aDocumentWithoutTextCannotBeAnalysed() throws Exception {
        Document image = library.attach(atlas.id(), Files.write(dir.resolve("plan.png"), new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> service(AgentModel.none()).analyse(image, () -> false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No text was extracted from plan.png");
    }
}
