package dev.quarterdeck.core.ask;

import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.AgentRunner;
import dev.quarterdeck.core.agent.AgentService;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ask Quarterdeck over the store: the language model answers with its read-only tools ({@link ModelAnswerer}) and
 * the changes it suggests are stored as pending proposals for the Inbox; without a model, or when it fails or its
 * answer is refused, the rules answer ({@link RulesAnswerer}) and the reply says why the model's was not used.
 */
public final class AskService {

    private static final Logger LOG = LoggerFactory.getLogger(AskService.class);

    private final Store store;
    private final LanguageModel model;

    public AskService(Store store, LanguageModel model) {
        this.store = Require.present(store, "store");
        this.model = Require.present(model, "model");
    }

    /**
     * Answers {@code question}; {@code earlier} is the conversation so far (the model sees it, the rules do not).
     *
     * @throws LanguageModelException only when {@code cancellation} was cancelled (kind CANCELLED): nothing is stored
     */
    public AskReply answer(String question, List<ChatMessage> earlier, Clock clock, CancellationToken cancellation)
            throws LanguageModelException {
        Require.text(question, "question", 4_000);
        AgentContext context = new AgentService(store).context(clock);
        try {
            ModelAnswerer.Answered answered = new ModelAnswerer(model).answer(question, earlier, context,
                    cancellation);
            if (cancellation.isCancelled()) {
                throw new LanguageModelException(LanguageModelException.Kind.CANCELLED, "Stopped");
            }
            if (!answered.proposals().isEmpty()) {
                store.write(Actor.agent(ModelAnswerer.AGENT), tx -> {
                    answered.proposals().forEach(tx::insert);
                    return null;
                });
            }
            LOG.info("{} answered in {} step(s), {} tokens, {} proposal(s)", answered.model(), answered.steps(),
                    answered.tokens(), answered.proposals().size());
            return new AskReply(markdown(answered), answered.model(), answered.proposals(), null);
        } catch (LanguageModelException e) {
            if (e.kind() == LanguageModelException.Kind.CANCELLED || cancellation.isCancelled()) {
                throw e;
            }
            String problem = e.kind() == LanguageModelException.Kind.OFF ? null : e.getMessage();
            if (problem != null) {
                LOG.warn("The model's answer was not used ({}): {}", e.kind(), problem);
            }
            RulesAnswerer.Answer rules = new RulesAnswerer().answer(question, context);
            String text = rules.markdown() + (problem == null ? "" : "\n\n_The language model's answer was not used: "
                    + problem + "_");
            return new AskReply(text, AgentRunner.RULES, List.of(), problem);
        }
    }

    private static String markdown(ModelAnswerer.Answered answered) {
        StringBuilder text = new StringBuilder(answered.text()).append("\n\n");
        if (!answered.sources().isEmpty()) {
            text.append("## Sources\n\n");
            for (Map.Entry<String, String> source : answered.sources().entrySet()) {
                text.append("- ").append(source.getValue()).append(" \u2014 ").append(source.getKey()).append('\n');
            }
            text.append('\n');
        }
        if (!answered.proposals().isEmpty()) {
            text.append("## Proposed (pending in the Inbox)\n\n");
            answered.proposals().forEach(p -> text.append("- ").append(p.summary()).append('\n'));
        }
        return text.toString().strip();
    }

    /**
     * A reply: Markdown, what produced it ("rules" or the model's name), the proposals it stored, and why the model's
     * answer was not used when it was asked and failed.
     */
    public record AskReply(String markdown, String producedBy, List<Proposal> proposals, String modelProblem) {

        public AskReply {
            proposals = List.copyOf(proposals);
        }

        public Optional<String> problem() {
            return Optional.ofNullable(modelProblem);
        }
    }
}
