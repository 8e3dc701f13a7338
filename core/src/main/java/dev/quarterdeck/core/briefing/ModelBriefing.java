package dev.quarterdeck.core.briefing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.ChatOptions;
import dev.quarterdeck.core.ai.JsonSchema;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.ModelAnswerRejected;
import dev.quarterdeck.core.ai.StructuredAnswer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A briefing written by a language model from the facts the rules found, and from nothing else. The model is given
 * each section's lines as numbered facts (F1, F2 …) and must answer with JSON in which every line cites the facts it
 * uses. The answer is refused — and the caller falls back to the rules — when it cites a fact it was not given, names
 * a record (a “quoted title”) that none of its cited facts names, uses a heading it was not given, or leaves out a
 * section that has facts. The text is rendered by us: each line ends with its citations, and a Sources section lists
 * the facts cited, so every claim leads back to a record.
 */
final class ModelBriefing {

    static final JsonSchema SCHEMA = JsonSchema.parse("""
            {"type": "object",
             "properties": {
               "summary": {"type": ["object", "null"],
                 "properties": {"text": {"type": "string", "minLength": 1, "maxLength": 600},
                                "refs": {"type": "array", "minItems": 1, "items": {"type": "string"}}},
                 "required": ["text", "refs"], "additionalProperties": false},
               "sections": {"type": "array", "items": {"type": "object",
                 "properties": {
                   "heading": {"type": "string", "minLength": 1, "maxLength": 80},
                   "lines": {"type": "array", "items": {"type": "object",
                     "properties": {"text": {"type": "string", "minLength": 1, "maxLength": 600},
                                    "refs": {"type": "array", "minItems": 1, "items": {"type": "string"}}},
                     "required": ["text", "refs"], "additionalProperties": false}}},
                 "required": ["heading", "lines"], "additionalProperties": false}}},
             "required": ["sections"], "additionalProperties": false}
            """);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ChatOptions OPTIONS = ChatOptions.DEFAULT.withTemperature(0.2).withContextTokens(8192);

    record Line(String text, List<String> refs) {
    }

    record Section(String heading, List<Line> lines) {
    }

    /** What the model must answer: an optional summary and its sections, each line with the facts it cites. */
    record Written(Line summary, List<Section> sections) {
    }

    /** A fact the model may cite: its ID, the section it comes from and the rules' line. */
    record Fact(String id, String heading, String text) {
    }

    private final LanguageModel model;

    ModelBriefing(LanguageModel model) {
        this.model = model;
    }

    /**
     * The model's briefing of {@code sections}, checked and rendered.
     *
     * @throws LanguageModelException when the model is off, fails, or its answer is refused
     */
    Briefing write(BriefingKind kind, AgentContext context, List<BriefingSection> sections)
            throws LanguageModelException {
        Map<String, Fact> facts = facts(sections);
        StructuredAnswer<Written> answer = model.structured(prompt(kind, context, sections, facts), SCHEMA,
                Written.class, OPTIONS);
        Written written = answer.value();
        check(written, sections, facts, answer.json().toString());
        String markdown = render(kind, context, sections, facts, written, answer.result().model());
        return new Briefing(RulesBriefing.id(kind, context), kind, context.now(), answer.result().model(), markdown);
    }

    static Map<String, Fact> facts(List<BriefingSection> sections) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (BriefingSection section : sections) {
            for (String line : section.shown()) {
                String id = "F" + (facts.size() + 1);
                facts.put(id, new Fact(id, section.heading(), line));
            }
        }
        return facts;
    }

    private static List<ChatMessage> prompt(BriefingKind kind, AgentContext context, List<BriefingSection> sections,
            Map<String, Fact> facts) {
        ObjectNode input = JSON.createObjectNode();
        input.put("briefing", RulesBriefing.title(kind, context));
        input.put("now", LocalDateTime.ofInstant(context.now(), context.zone()).toString());
        ArrayNode given = input.putArray("sections");
        for (BriefingSection section : sections) {
            ObjectNode node = given.addObject().put("heading", section.heading());
            ArrayNode lines = node.putArray("facts");
            facts.values().stream().filter(f -> f.heading().equals(section.heading()))
                    .forEach(f -> lines.addObject().put("id", f.id()).put("text", f.text()));
            if (section.lines().size() > section.shown().size()) {
                node.put("not_listed", section.lines().size() - section.shown().size());
            }
        }
        String system = """
                You write the user's %s for Quarterdeck, a planning app. Write only from the facts given: each fact \
                has an ID (F1, F2 ...) and names the records it is about. Rules:
                - Use exactly the given section headings, in any order; leave out a section only if it has no facts.
                - Every line (and the optional one- or two-sentence summary) cites, in "refs", the IDs of the facts it \
                uses. Cite only IDs you were given.
                - Never mention a task, meeting, milestone, risk, person or project that is not in a fact you cite; \
                keep titles exactly as written in the facts, in “curly quotes”.
                - Be brief and direct: merge, reorder and prioritise, but do not invent dates, numbers or advice \
                that the facts do not support.
                Answer with JSON that follows the given schema.""".formatted(RulesBriefing.title(kind)
                .toLowerCase(Locale.ROOT));
        return List.of(ChatMessage.system(system), ChatMessage.user(input.toPrettyString()));
    }

    private static void check(Written written, List<BriefingSection> sections, Map<String, Fact> facts,
            String answer) throws ModelAnswerRejected {
        List<String> problems = new ArrayList<>();
        Set<String> headings = new LinkedHashSet<>();
        sections.forEach(s -> headings.add(s.heading()));
        List<Line> lines = new ArrayList<>();
        if (written.summary() != null) {
            lines.add(written.summary());
        }
        Set<String> covered = new LinkedHashSet<>();
        for (Section section : safe(written.sections())) {
            if (!headings.contains(section.heading())) {
                problems.add("the heading \"" + section.heading() + "\" was not given");
            }
            if (!safe(section.lines()).isEmpty()) {
                covered.add(section.heading());
            }
            lines.addAll(safe(section.lines()));
        }
        for (Line line : lines) {
            checkLine(line, facts, problems);
        }
        for (BriefingSection section : sections) {
            if (!section.lines().isEmpty() && !covered.contains(section.heading())) {
                problems.add("the section \"" + section.heading() + "\" has facts but was left out");
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelAnswerRejected("the briefing does not keep to the facts it was given", problems, answer);
        }
    }

    private static void checkLine(Line line, Map<String, Fact> facts, List<String> problems) {
        StringBuilder cited = new StringBuilder();
        for (String ref : safe(line.refs())) {
            Fact fact = facts.get(ref.strip());
            if (fact == null) {
                problems.add("it cites " + ref + ", which it was not given");
            } else {
                cited.append(plain(fact.text())).append('\n');
            }
        }
        for (String title : quotedTitles(line.text())) {
            if (cited.indexOf("\u201c" + title + "\u201d") < 0) {
                problems.add("“" + title + "” is not named by the facts the line cites");
            }
        }
    }

    /** The titles a text quotes with “…”, as written. */
    static List<String> quotedTitles(String text) {
        List<String> titles = new ArrayList<>();
        String plain = plain(text);
        int open = plain.indexOf('\u201c');
        while (open >= 0) {
            int close = plain.indexOf('\u201d', open + 1);
            if (close < 0) {
                break;
            }
            titles.add(plain.substring(open + 1, close));
            open = plain.indexOf('\u201c', close + 1);
        }
        return titles;
    }

    /** The text without Markdown's backslash escapes, so an escaped and a plain title compare equal. */
    private static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                plain.append(text.charAt(++i));
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static String render(BriefingKind kind, AgentContext context, List<BriefingSection> sections,
            Map<String, Fact> facts, Written written, String modelName) {
        Markdown markdown = new Markdown().title(RulesBriefing.title(kind, context))
                .paragraph("_Written by " + Markdown.escape(modelName) + " at " + RulesBriefing.HEADER_TIME.format(
                        LocalDateTime.ofInstant(context.now(), context.zone())) + " (" + context.zone().getId()
                        + ") from the " + facts.size() + " facts the rules found; each line cites its sources._");
        Set<String> cited = new LinkedHashSet<>();
        if (written.summary() != null) {
            markdown.paragraph(line(written.summary(), cited));
        }
        for (BriefingSection given : sections) {
            List<String> lines = new ArrayList<>();
            for (Section section : safe(written.sections())) {
                if (section.heading().equals(given.heading())) {
                    safe(section.lines()).forEach(l -> lines.add(line(l, cited)));
                }
            }
            markdown.section(given.heading(), lines, given.empty(), Integer.MAX_VALUE);
        }
        List<String> sources = facts.values().stream().filter(f -> cited.contains(f.id()))
                .map(f -> f.id() + " \u2014 " + f.heading() + ": " + f.text()).toList();
        markdown.section("Sources", sources, "No facts cited.", Integer.MAX_VALUE);
        return markdown.toString();
    }

    private static String line(Line line, Set<String> cited) {
        List<String> refs = safe(line.refs()).stream().map(String::strip).distinct().toList();
        cited.addAll(refs);
        return Markdown.escape(plain(line.text().strip())) + " (" + String.join(", ", refs) + ")";
    }

    private static <T> List<T> safe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
