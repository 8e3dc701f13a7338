package dev.quarterdeck.connectors.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.core.agent.AgentModel;
import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.agent.AgentRunner;
import dev.quarterdeck.core.agent.AgentService;
import dev.quarterdeck.core.agent.DocumentAnalysisService;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.ai.ModelSettings;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.document.DocumentLibrary;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agents and document analysis asking a local server that speaks Ollama's HTTP API, on the demo workspace in an
 * H2 store: a valid answer becomes pending proposals with the model and its tokens in the run log; a malformed,
 * schema-violating or unknown-key answer is rejected and reported, and nothing of it is proposed or applied; an
 * unreachable server leaves everything to the rules, and the runs say "rules".
 */
class ModelAgentsOverOllamaTest {

    private static final String MODEL = "llama3.1:8b";
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    private static final Instant NOW = TODAY.atTime(7, 45).atZone(ZONE).toInstant();
    private static final Clock CLOCK = Clock.fixed(NOW, ZONE);

    // the demo's untasked items, oldest first: I1 the Hiring sync (HIRE, today), I2 Julia Park's press list (NOVA)
    private static final String TRIAGE = """
            {"items": [{"item": "I2", "project": "NOVA", "horizon": "WEEK", "title": "Review Julia's press list v2",
                        "labels": ["press"], "duplicates": [], "rationale": "Julia asks for comments this week.",
                        "confidence": 0.8}]}
            """;

    @TempDir
    Path dir;
    private final FakeOllama ollama = new FakeOllama().install(MODEL, "nomic-embed-text:latest");
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dir.resolve("db")));
        store.importSnapshot(Actor.system("demo"), DemoWorkspace.create(TODAY, ZONE, NOW));
    }

    @AfterEach
    void close() {
        store.close();
        ollama.close();
    }

    private AgentModel model(URI baseUrl) {
        ModelSettings settings = ModelSettings.defaults().withBaseUrl(baseUrl)
                .withRequestTimeout(Duration.ofSeconds(20));
        return new AgentModel(new OllamaLanguageModel(settings, ApiClient.standard("Ollama")), MODEL);
    }

    private AgentService.RunSummary runAgents(AgentModel model) {
        return new AgentService(store, AgentRunner.agents(model)).run(CLOCK, () -> false);
    }

    private static Map<String, AgentRun> byAgent(List<AgentRun> runs) {
        return runs.stream().collect(Collectors.toMap(AgentRun::agent, Function.identity()));
    }

    private List<String> pendingSummaries() {
        return new AgentService(store).pending().stream().map(Proposal::summary).toList();
    }

    @Test
    void aValidTriageAnswerBecomesPendingProposalsAndAMalformedDiscoveryAnswerIsRejected() {
        // triage asks first; discovery gets the fake's echo, which is not JSON
        ollama.answer(TRIAGE);

        AgentService.RunSummary summary = runAgents(model(ollama.baseUrl()));

        assertThat(pendingSummaries()).contains(
                "Create task \u201cReview Julia's press list v2\u201d in NOVA, horizon this week.",
                "Create task \u201cPrepare for Hiring sync with Tom\u201d in HIRE, horizon today.");
        Map<String, AgentRun> runs = byAgent(store.agentRuns().latest(20));
        assertThat(runs.get("triage").model()).isEqualTo(MODEL);
        assertThat(runs.get("triage").tokens()).isPositive();
        assertThat(runs.get("triage").outcome()).isEqualTo("model 1, rules 1");
        assertThat(runs.get("discovery").model()).isEqualTo(MODEL);
        assertThat(runs.get("discovery").outcome()).isEqualTo("answer rejected, rules used");
        assertThat(runs.get("discovery").error()).contains("not valid JSON");
        assertThat(runs.get("risk").model()).isEqualTo("rules");
        assertThat(summary.proposals()).filteredOn(p -> p.rationale().contains("language model " + MODEL))
                .hasSize(1);

        JsonNode request = ollama.requests("/api/chat").get(0).body();
        assertThat(request.at("/format/properties/items/items/properties/item/enum").toString())
                .isEqualTo("[\"I1\",\"I2\"]");
        assertThat(request.at("/messages/1/content").asText()).contains("Hiring sync with Tom");
    }

    @Test
    void aSchemaViolatingAnswerIsRejectedReportedAndNothingOfItIsProposedOrApplied() {
        int tasksBefore = store.tasks().listAll().size();
        ollama.answer(TRIAGE.replace("\"I2\"", "\"I7\"").replace("0.8", "1.7"));

        runAgents(model(ollama.baseUrl()));

        AgentRun triage = byAgent(store.agentRuns().latest(20)).get("triage");
        assertThat(triage.outcome()).isEqualTo("answer rejected, rules used");
        assertThat(triage.error()).contains("does not follow the schema", "$.items[0].item", "$.items[0].confidence");
        assertThat(pendingSummaries()).noneMatch(s -> s.contains("Review Julia's press list v2"))
                .contains("Create task \u201cNova launch: press list v2\u201d in NOVA, horizon later.");
        assertThat(store.tasks().listAll()).hasSize(tasksBefore);
    }

    @Test
    void anUnreachableServerLeavesTheRunsToTheRulesAndTheyLogRules() throws Exception {
        URI closed = OllamaChatTest.closedPort();

        AgentService.RunSummary summary = runAgents(model(closed));

        assertThat(summary.runs()).allSatisfy(run -> {
            assertThat(run.model()).isEqualTo("rules");
            assertThat(run.tokens()).isZero();
        });
        assertThat(byAgent(summary.runs()).get("triage").outcome()).isEqualTo("model unreachable, rules used");
        assertThat(byAgent(summary.runs()).get("triage").error()).contains("Ollama is not running at " + closed);
        assertThat(summary.proposals()).isNotEmpty().noneMatch(p -> p.rationale().contains("language model"));
    }

    @Test
    void aDocumentIsAnalysedByTheModelAndItsInventedQuoteRefused() throws Exception {
        var atlas = store.projects().findByCode("ATLAS").orElseThrow();
        DocumentLibrary library = new DocumentLibrary(store, dir.resolve("data"), CLOCK, Actor.USER);
        Document minutes = library.attach(atlas.id(), Files.writeString(dir.resolve("minutes.txt"), """
                Lease review. Lea will return the signed lease by 2025-12-05.
                The landlord may delay the key handover, which would be a major problem.
                """));
        ollama.answer("""
                {"summary": "The lease is to be signed by 5 December; the key handover may slip.",
                 "dates": [{"date": "2025-12-05", "what": "Signed lease due",
                            "quote": "Lea will return the signed lease by 2025-12-05."}],
                 "actions": [{"text": "Return the signed lease", "owner": "Lea", "due": "2025-12-05",
                              "quote": "Lea will return the signed lease by 2025-12-05."},
                             {"text": "Order new furniture", "owner": null, "due": null,
                              "quote": "Furniture must be ordered."}],
                 "risks": [{"title": "Key handover slips", "description": "The landlord may be late.",
                            "likelihood": 3, "impact": 4,
                            "quote": "The landlord may delay the key handover, which would be a major problem."}]}
                """);

        DocumentAnalysisService.Result result = new DocumentAnalysisService(store, library, model(ollama.baseUrl()),
                CLOCK).analyse(minutes, () -> false);

        assertThat(result.findings().producedBy()).isEqualTo(MODEL);
        assertThat(library.analysis(minutes).orElseThrow().summary())
                .isEqualTo("The lease is to be signed by 5 December; the key handover may slip.");
        assertThat(result.proposals()).extracting(Proposal::kind)
                .containsExactly(ProposalKind.CREATE_TASK, ProposalKind.ADD_RISK);
        assertThat(result.proposals()).noneMatch(p -> p.payloadJson().contains("furniture"));
        assertThat(result.run().model()).isEqualTo(MODEL);
        assertThat(result.run().tokens()).isPositive();
        assertThat(result.run().error()).contains("actions[1]: its quote is not in the document");
        assertThat(ollama.lastBody("/api/chat").at("/messages/1/content").asText()).contains("Lease review.");
    }
}
