package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Source items for the benchmark: a seeded mix like a busy inbox — Jira issues (with parents and links), GitHub
 * issues and review requests, e-mails (threads, and notifications about the issues: true duplicates), calendar
 * events and Drive documents, titles drawn from a few hundred words so that titles overlap as real ones do.
 */
public final class SyntheticItems {

    private static final String[] VERBS = {"Fix", "Update", "Review", "Migrate", "Prepare", "Draft", "Plan",
        "Investigate", "Deploy", "Document", "Refactor", "Test", "Approve", "Schedule", "Clean up", "Rotate",
        "Benchmark", "Upgrade", "Archive", "Audit"};
    private static final String[] THINGS = {"login", "timeout", "billing", "invoice", "pipeline", "dashboard",
        "certificate", "cluster", "database", "cache", "search", "export", "report", "budget", "contract",
        "onboarding", "hiring", "offsite", "venue", "catering", "launch", "pricing", "roadmap", "sprint", "backlog",
        "kubernetes", "ingress", "secrets", "backup", "restore", "latency", "checkout", "mobile", "android", "ios",
        "webhook", "api", "schema", "migration", "metrics", "alerting", "runbook", "incident", "postmortem",
        "grant", "proposal", "review", "slides", "newsletter", "press", "partner", "vendor", "license", "audit",
        "security", "compliance", "gdpr", "retention", "quota", "storage", "network", "dns", "email", "calendar"};
    private static final String[] QUALIFIERS = {"for Q3", "before launch", "on staging", "in production",
        "for the board", "with finance", "for the new hires", "after the upgrade", "for Acme", "for the grant",
        "", "", "", ""};
    private static final String[] PEOPLE = {"ann", "bo", "carla", "dev", "eli", "fatima", "gus", "hana", "ivan",
        "jo"};

    private final Random random;
    private final Instant base;
    private final String prefix;
    private final List<String> jiraKeys = new ArrayList<>();
    private final List<String> githubRefs = new ArrayList<>();
    private int next;

    /** {@code prefix} keeps the refs of two generators apart (the stored workspace and the new batch). */
    public SyntheticItems(long seed, Instant base, String prefix) {
        this.random = new Random(seed);
        this.base = base;
        this.prefix = prefix;
    }

    public List<SourceItem> next(int count) {
        List<SourceItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(one());
        }
        return items;
    }

    private SourceItem one() {
        int n = next++;
        Instant created = base.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 14)));
        int pick = random.nextInt(100);
        if (pick < 30) {
            String key = prefix + "-" + (n + 1);
            String title = title();
            List<String> refs = new ArrayList<>();
            if (!jiraKeys.isEmpty() && random.nextInt(4) == 0) {
                refs.add(IngestionPipeline.PARENT_PREFIX + jiraKeys.get(random.nextInt(jiraKeys.size())));
            }
            if (!jiraKeys.isEmpty() && random.nextInt(5) == 0) {
                refs.add(jiraKeys.get(random.nextInt(jiraKeys.size())));
            }
            jiraKeys.add(key);
            return item(SourceKind.JIRA, key, title, "Priority: " + (random.nextInt(8) == 0 ? "Highest" : "Medium")
                    + " · Status: To Do\n" + sentence(), created, refs, null,
                    due(), "https://acme.atlassian.net/browse/" + key);
        }
        if (pick < 50) {
            String ref = "acme/" + prefix.toLowerCase() + "#" + (n + 1);
            String title = title();
            githubRefs.add(ref);
            return item(SourceKind.GITHUB, ref, random.nextInt(3) == 0 ? "Review: " + title : title, sentence(),
                    created, List.of(), null, null, "https://github.com/" + ref.replace("#", "/issues/"));
        }
        if (pick < 58 && !jiraKeys.isEmpty()) {
            int which = random.nextInt(jiraKeys.size());
            String key = jiraKeys.get(which);
            return item(SourceKind.GMAIL, prefix + "m" + n, "[JIRA] (" + key + ") " + titleOfKey(key), sentence(),
                    created.plusSeconds(60), List.of(), "t" + prefix + n, null, null);
        }
        if (pick < 62 && !githubRefs.isEmpty()) {
            String ref = githubRefs.get(random.nextInt(githubRefs.size()));
            String repo = ref.substring(0, ref.indexOf('#'));
            return item(SourceKind.GMAIL, prefix + "m" + n, "[" + repo + "] " + title() + " (PR #"
                    + ref.substring(ref.indexOf('#') + 1) + ")", sentence(), created, List.of(), "t" + prefix + n,
                    null, null);
        }
        if (pick < 85) {
            String thread = "t" + prefix + (random.nextInt(4) == 0 && n > 10 ? n - random.nextInt(10) : n);
            return item(SourceKind.GMAIL, prefix + "m" + n, (thread.equals("t" + prefix + n) ? "" : "Re: ") + title(),
                    sentence(), created, List.of(), thread, null, null);
        }
        if (pick < 93) {
            Instant start = base.plus(Duration.ofHours(random.nextInt(24 * 10)));
            SourceItem event = item(SourceKind.CALENDAR, prefix + "ev" + n, title(), sentence(), created, List.of(),
                    null, null, null);
            return new SourceItem(event.id(), event.kind(), event.ref(), event.title(), event.snippet(),
                    event.senderAddress(), event.senderName(), event.createdAt(), null, null, List.of(), null, start,
                    start.plusSeconds(1800), null, null, event.seenAt());
        }
        return item(SourceKind.DRIVE, prefix + "doc" + n, title(), "", created, List.of(), null, null,
                "https://docs.google.com/document/d/" + prefix + n);
    }

    private String titleOfKey(String key) {
        return jiraTitles.get(key);
    }

    private final java.util.Map<String, String> jiraTitles = new java.util.HashMap<>();

    private SourceItem item(SourceKind kind, String ref, String title, String snippet, Instant created,
            List<String> references, String thread, LocalDate due, String url) {
        if (kind == SourceKind.JIRA) {
            jiraTitles.put(ref, title);
        }
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        return new SourceItem(UUID.nameUUIDFromBytes((kind + ":" + ref).getBytes()), kind, ref, title, snippet,
                person + "@acme.example", Character.toUpperCase(person.charAt(0)) + person.substring(1), created, due,
                thread, references, url == null ? null : URI.create(url), null, null, null, null, base);
    }

    private String title() {
        String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
        return VERBS[random.nextInt(VERBS.length)] + " " + THINGS[random.nextInt(THINGS.length)] + " "
                + THINGS[random.nextInt(THINGS.length)] + (qualifier.isEmpty() ? "" : " " + qualifier);
    }

    private String sentence() {
        return "Context: " + THINGS[random.nextInt(THINGS.length)] + " and " + THINGS[random.nextInt(THINGS.length)]
                + " need attention; see the notes from " + PEOPLE[random.nextInt(PEOPLE.length)] + ".";
    }

    private LocalDate due() {
        return random.nextInt(3) == 0 ? null : LocalDate.ofInstant(base, java.time.ZoneOffset.UTC)
                .plusDays(random.nextInt(40) - 5);
    }
}
