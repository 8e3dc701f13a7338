package dev.quarterdeck.core.ai;

import java.util.List;
import java.util.Optional;

/**
 * A model's answer that was refused before anyone could use it: it was not JSON, broke the requested schema, or did
 * not fit the type it was read into. Carries the reason, each schema violation, and the start of the answer, so an
 * agent run can log what went wrong; nothing from a rejected answer may become a proposal.
 */
public final class ModelAnswerRejected extends LanguageModelException {

    private static final long serialVersionUID = 1L;
    private static final int KEPT_ANSWER_LENGTH = 1_000;
    private static final int VIOLATIONS_IN_MESSAGE = 3;

    private final String reason;
    private final List<String> violations;
    private final String answer;
    private final transient ChatResult result;

    public ModelAnswerRejected(String reason, List<String> violations, String answer) {
        this(reason, violations, answer, null);
    }

    /** {@code result} is the rejected chat answer (model, tokens), when there was one. */
    public ModelAnswerRejected(String reason, List<String> violations, String answer, ChatResult result) {
        super(Kind.ANSWER_REJECTED, message(reason, violations));
        this.reason = reason;
        this.violations = List.copyOf(violations);
        this.answer = answer == null ? "" : shorten(answer);
        this.result = result;
    }

    /** The model's answer as received (which model, how many tokens it cost), when the rejection had one. */
    public Optional<ChatResult> result() {
        return Optional.ofNullable(result);
    }

    public String reason() {
        return reason;
    }

    /** Each place the answer breaks the schema, e.g. {@code $.risks[0].score: 40 is above the maximum 25}. */
    public List<String> violations() {
        return violations;
    }

    /** The start of the rejected answer (at most 1,000 characters), for the log. */
    public String answer() {
        return answer;
    }

    private static String message(String reason, List<String> violations) {
        StringBuilder message = new StringBuilder("The model's answer was rejected: ").append(reason);
        if (!violations.isEmpty()) {
            message.append(" (")
                    .append(String.join("; ", violations.subList(0, Math.min(VIOLATIONS_IN_MESSAGE, violations.size()))));
            if (violations.size() > VIOLATIONS_IN_MESSAGE) {
                message.append("; ").append(violations.size() - VIOLATIONS_IN_MESSAGE).append(" more");
            }
            message.append(')');
        }
        return message.toString();
    }

    private static String shorten(String answer) {
        return answer.length() <= KEPT_ANSWER_LENGTH ? answer : answer.substring(0, KEPT_ANSWER_LENGTH) + "…";
    }
}
