package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import java.util.List;

/**
 * What one agent run produced, as its {@link AgentRun} records it: the proposals, the model that wrote them (or
 * {@value AgentRunner#RULES}), the tokens the model used, a short note on how the answer was used ("answer rejected,
 * rules used") and, when something was refused, why.
 */
public record AgentOutput(List<Proposal> proposals, String model, long tokens, String note, String error) {

    public AgentOutput {
        proposals = List.copyOf(Require.present(proposals, "proposals"));
        model = Require.text(model, "model", 120);
        Require.notNegative(tokens, "tokens");
    }

    /** Proposals made by rules alone. */
    public static AgentOutput rules(List<Proposal> proposals) {
        return new AgentOutput(proposals, AgentRunner.RULES, 0, null, null);
    }
}
