package dev.quarterdeck.app.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.agent.AgentService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The snackbar after Run agents says which agents the model answered for and every fallback to rules. */
class InboxRunNoticeTest {

    private static AgentRun run(String agent, String model, String outcome, String error) {
        return new AgentRun(UUID.randomUUID(), agent, model, Instant.EPOCH, Duration.ofMillis(100), 0, 0, outcome,
                error);
    }

    @Test
    void rulesOnly() {
        AgentService.RunSummary summary = new AgentService.RunSummary(List.of(),
                List.of(run("triage", "rules", "ok", null), run("risk", "rules", "ok", null)), 0);

        assertThat(InboxModel.describe(summary)).isEqualTo("No new proposals from 2 agents (rules, 200 ms).");
    }

    @Test
    void namesTheModelAndEachFallback() {
        AgentService.RunSummary summary = new AgentService.RunSummary(List.of(), List.of(
                run("triage", "llama3.1:8b", "model 2, rules 0", null),
                run("discovery", "llama3.1:8b", "answer rejected, rules used", "not valid JSON"),
                run("risk", "rules", "ok", null)), 0);

        assertThat(InboxModel.describe(summary)).isEqualTo("No new proposals from 3 agents (triage and discovery by "
                + "llama3.1:8b, the others by rules, 300 ms) · discovery: answer rejected, rules used.");
    }

    @Test
    void anUnreachableModelIsNamedAndAFailedAgentCounted() {
        AgentService.RunSummary summary = new AgentService.RunSummary(List.of(), List.of(
                run("triage", "rules", "model unreachable, rules used", "Ollama is not running"),
                run("risk", "rules", "failed", "IllegalStateException: boom")), 0);

        assertThat(InboxModel.describe(summary)).isEqualTo("No new proposals from 2 agents (rules, 200 ms) · triage: "
                + "model unreachable, rules used · 1 agent failed: risk.");
    }
}
