package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.NoLanguageModel;
import dev.quarterdeck.core.common.Require;

/** The language model agents may ask, and the name their runs are logged under when it answers. */
public record AgentModel(LanguageModel model, String name) {

    public AgentModel {
        Require.present(model, "model");
        name = Require.text(name, "name", 120);
    }

    /** AI off: every agent uses its rules. */
    public static AgentModel none() {
        return new AgentModel(new NoLanguageModel(), AgentRunner.RULES);
    }
}
