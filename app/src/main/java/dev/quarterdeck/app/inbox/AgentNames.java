package dev.quarterdeck.app.inbox;

import java.util.List;
import java.util.Locale;

/** The agents' names as headings, and the order their groups appear in. */
final class AgentNames {

    static final List<String> ORDER = List.of("triage", "execution", "strategy", "discovery", "stakeholder", "risk",
            "documents");

    private AgentNames() {
    }

    static String title(String agent) {
        if (agent.equals("ask")) {
            return "Ask Quarterdeck";
        }
        return agent.isEmpty() ? agent : agent.substring(0, 1).toUpperCase(Locale.ROOT) + agent.substring(1);
    }

    /** Position of an agent's group: the known agents in run order, others after them by name. */
    static int rank(String agent) {
        int index = ORDER.indexOf(agent);
        return index >= 0 ? index : ORDER.size();
    }
}
