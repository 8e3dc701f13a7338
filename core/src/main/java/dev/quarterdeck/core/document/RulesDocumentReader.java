package dev.quarterdeck.core.document;

import dev.quarterdeck.core.document.DocumentFindings.ActionItem;
import dev.quarterdeck.core.document.DocumentFindings.KeyDate;
import dev.quarterdeck.core.document.DocumentFindings.RiskItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document without a language model, deterministically for a given text and reference date.
 * <ul>
 * <li><b>Action items</b>: sentences that start with "Action:", "Action item:", "TODO" or "To do:", contain "TODO",
 * start with "Please …", or say that someone will, must, needs to, has to, shall or agreed to do something ("Lea will
 * send the lease", "We must sign by 12 March") — but not when the subject is a thing ("The lease will start …")
 * unless it is an obligation with a date ("The tenant must pay the deposit by 31 March"). The
 * owner is the named subject (not "we", "I" or "you"); the due date is the first date in the sentence
 * ({@link DateFinder}).</li>
 * <li><b>Risks</b>: sentences that speak of a risk, a concern, a possible delay or failure, a shortage, a penalty or a
 * dependency; rated 3 × 3, likelihood 4 when the sentence says likely/probably/expected and 2 when unlikely, impact
 * 4 for critical/severe/major/significant/penalty and 2 for minor.</li>
 * <li><b>Dates</b>: every date any sentence names.</li>
 * <li><b>Summary</b>: the title (a first heading or short first line) and the first sentences that are neither action
 * items nor risks (those are listed on their own), up to {@value #SUMMARY_LENGTH} characters.</li>
 * </ul>
 */
public final class RulesDocumentReader {

    static final int SUMMARY_LENGTH = 300;
    static final int TITLE_LENGTH = 120;
    /** A heading such as "Risks" is not a risk. */
    static final int MIN_WORDS = 3;

    private static final Pattern LABELLED_ACTION = Pattern.compile(
            "^(?:action(?:\\s+items?)?|todo|to do|ap)\\s*[:\\-\u2013]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TODO_INSIDE = Pattern.compile("\\bTODO\\b[:\\s]*(.*)$");
    private static final Pattern PLEASE = Pattern.compile("^please\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOMEONE_WILL = Pattern.compile(
            "^((?:(?i:the|a|an|our|this)\\s+)?[\\p{L}][\\p{L}.'\\-]*(?:\\s+[\\p{Lu}][\\p{L}.'\\-]*)?)\\s+"
                    + "(will|must|shall|needs to|need to|has to|have to|is to|are to|agreed to|should)\\s+(.+)$");
    private static final Set<String> THING_SUBJECTS = Set.of("the", "this", "that", "it", "there", "these", "those",
            "which", "what", "a", "an", "its", "our", "their", "his", "her", "each", "every", "all", "nothing",
            "everything", "costs", "prices", "rent");
    private static final Set<String> OBLIGATION = Set.of("must", "shall", "needs to", "need to", "has to",
            "have to", "is to", "are to");
    private static final Set<String> PRONOUNS = Set.of("we", "i", "you", "they", "everyone", "somebody", "someone");
    private static final Pattern RISK = Pattern.compile("\\b(risks?|risky|concerns?|threat|may delay|might delay|"
            + "could delay|delays?|delayed|may not|might not|could fail|may fail|shortage|penalt(?:y|ies)|"
            + "depends on|dependency|blocked|overrun|uncertain)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKELY = Pattern.compile("\\b(likely|probably|expected)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNLIKELY = Pattern.compile("\\b(unlikely|small chance|remote)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEVERE = Pattern.compile("\\b(critical|severe|major|significant|penalt(?:y|ies))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MINOR = Pattern.compile("\\bminor\\b", Pattern.CASE_INSENSITIVE);

    private RulesDocumentReader() {
    }

    public static DocumentFindings read(String text, LocalDate reference, Instant now) {
        List<String> sentences = Sentences.of(text);
        List<KeyDate> dates = new ArrayList<>();
        List<ActionItem> actions = new ArrayList<>();
        List<RiskItem> risks = new ArrayList<>();
        List<String> narrative = new ArrayList<>();
        for (String sentence : sentences) {
            List<DateMention> mentioned = DateFinder.find(sentence, reference);
            for (DateMention mention : mentioned) {
                dates.add(new KeyDate(mention.date(), clip(sentence, 300), sentence));
            }
            LocalDate due = mentioned.isEmpty() ? null : mentioned.get(0).date();
            Optional<ActionItem> action = action(sentence, due);
            Optional<RiskItem> risk = risk(sentence);
            action.ifPresent(actions::add);
            risk.ifPresent(risks::add);
            if (action.isEmpty() && risk.isEmpty()) {
                narrative.add(sentence);
            }
        }
        return new DocumentFindings(summary(narrative.isEmpty() ? sentences : narrative), DocumentFindings.RULES, now, 0, dates, actions, risks,
                List.of());
    }

    static Optional<ActionItem> action(String sentence, LocalDate due) {
        Matcher labelled = LABELLED_ACTION.matcher(sentence);
        if (labelled.matches()) {
            return actionFrom(labelled.group(1), due, sentence);
        }
        Matcher todo = TODO_INSIDE.matcher(sentence);
        if (todo.find()) {
            return actionFrom(todo.group(1).isBlank() ? sentence : todo.group(1), due, sentence);
        }
        Matcher please = PLEASE.matcher(sentence);
        if (please.matches()) {
            return Optional.of(new ActionItem(clip(capitalise(stripEnd(please.group(1))), 500), null, due, sentence));
        }
        Matcher will = SOMEONE_WILL.matcher(sentence);
        if (will.matches()) {
            String subject = will.group(1);
            String first = subject.split("\\s+")[0].toLowerCase(Locale.ROOT);
            boolean thing = THING_SUBJECTS.contains(first) || (!PRONOUNS.contains(first)
                    && !Character.isUpperCase(subject.charAt(0)));
            // "The tenant must pay by 31 March" is an obligation with a date: an action without a named owner
            boolean obligationWithDate = due != null && OBLIGATION.contains(will.group(2));
            if (thing && !obligationWithDate) {
                return Optional.empty();
            }
            String owner = thing || PRONOUNS.contains(first) ? null : subject;
            String what = will.group(3);
            return Optional.of(new ActionItem(clip(capitalise(stripEnd(what)), 500), owner, due, sentence));
        }
        return Optional.empty();
    }

    /** "Lea: send the lease" and "send the lease (Lea)" keep the name as owner. */
    private static Optional<ActionItem> actionFrom(String text, LocalDate due, String sentence) {
        String body = text.strip();
        String owner = null;
        Matcher named = Pattern.compile("^([\\p{Lu}][\\p{L}'\\-]+)\\s*[:\u2013\\-]\\s+(.+)$").matcher(body);
        if (named.matches()) {
            owner = named.group(1);
            body = named.group(2);
        } else {
            Matcher will = SOMEONE_WILL.matcher(body);
            if (will.matches() && Character.isUpperCase(will.group(1).charAt(0))
                    && !THING_SUBJECTS.contains(will.group(1).toLowerCase(Locale.ROOT))
                    && !PRONOUNS.contains(will.group(1).toLowerCase(Locale.ROOT))) {
                owner = will.group(1);
                body = will.group(3);
            }
        }
        body = stripEnd(body);
        return body.isBlank() ? Optional.empty()
                : Optional.of(new ActionItem(clip(capitalise(body), 500), owner, due, sentence));
    }

    static Optional<RiskItem> risk(String sentence) {
        if (sentence.split("\\s+").length < MIN_WORDS || !RISK.matcher(sentence).find()) {
            return Optional.empty();
        }
        int likelihood = LIKELY.matcher(sentence).find() ? 4 : UNLIKELY.matcher(sentence).find() ? 2 : 3;
        int impact = SEVERE.matcher(sentence).find() ? 4 : MINOR.matcher(sentence).find() ? 2 : 3;
        String title = stripEnd(sentence.replaceFirst("(?i)^risks?\\s*[:\\-\u2013]\\s*", ""));
        return Optional.of(new RiskItem(clip(capitalise(title), TITLE_LENGTH), sentence, likelihood, impact,
                sentence));
    }

    private static String summary(List<String> sentences) {
        if (sentences.isEmpty()) {
            return "";
        }
        StringBuilder summary = new StringBuilder();
        for (String sentence : sentences) {
            if (summary.length() + sentence.length() > SUMMARY_LENGTH && summary.length() > 0) {
                break;
            }
            if (summary.length() > 0) {
                summary.append(endsLikeSentence(summary) ? " " : ". ");
            }
            summary.append(sentence);
        }
        return clip(summary.toString(), SUMMARY_LENGTH + 100);
    }

    private static boolean endsLikeSentence(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    private static String stripEnd(String text) {
        return text.strip().replaceAll("[.;,:!]+$", "").strip();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String clip(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "\u2026";
    }
}
