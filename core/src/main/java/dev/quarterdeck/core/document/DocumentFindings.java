package dev.quarterdeck.core.document;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an analysis found in a document: a summary, the dates it names, its action items and its risks, each with the
 * sentence it comes from, and who produced them ("rules" or the model's name). {@code refused} lists parts of a
 * model's answer that were not accepted, with the reason; {@code tokens} is what the model used (0 for rules).
 */
public record DocumentFindings(String summary, String producedBy, Instant analysedAt, long tokens,
        List<KeyDate> dates, List<ActionItem> actions, List<RiskItem> risks, List<String> refused) {

    public static final String RULES = "rules";

    public DocumentFindings {
        summary = Require.freeText(summary, "summary", 5_000);
        producedBy = Require.text(producedBy, "producedBy", 120);
        Require.present(analysedAt, "analysedAt");
        Require.notNegative(tokens, "tokens");
        dates = List.copyOf(Require.present(dates, "dates"));
        actions = List.copyOf(Require.present(actions, "actions"));
        risks = List.copyOf(Require.present(risks, "risks"));
        refused = List.copyOf(refused == null ? List.of() : refused);
    }

    public boolean byRules() {
        return RULES.equals(producedBy);
    }

    /** A date the document names, what happens then, and the sentence that says so. */
    public record KeyDate(LocalDate date, String what, String quote) {

        public KeyDate {
            Require.present(date, "date");
            what = Require.text(what, "what", 300);
            quote = Require.text(quote, "quote", 1_000);
        }
    }

    /** Something someone is to do; {@code owner} and {@code due} when the document says. */
    public record ActionItem(String text, String owner, LocalDate due, String quote) {

        public ActionItem {
            text = Require.text(text, "text", 500);
            owner = Require.optionalText(owner, "owner", 120);
            quote = Require.text(quote, "quote", 1_000);
        }
    }

    /** A risk the document raises, rated 1–5 for likelihood and impact. */
    public record RiskItem(String title, String description, int likelihood, int impact, String quote) {

        public RiskItem {
            title = Require.text(title, "title", 200);
            description = Require.freeText(description, "description", 2_000);
            Require.range(likelihood, 1, 5, "likelihood");
            Require.range(impact, 1, 5, "impact");
            quote = Require.text(quote, "quote", 1_000);
        }
    }
}
