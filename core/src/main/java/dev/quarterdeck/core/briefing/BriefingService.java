package dev.quarterdeck.core.briefing;

import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.AgentService;
import dev.quarterdeck.core.agent.Preference;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.LanguageModelException;
import dev.quarterdeck.core.ai.NoLanguageModel;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Briefings over the store: composes them from the workspace as stored now (written by the language model from the
 * rules' facts when it answers well, by the rules otherwise — see {@link ModelBriefing}), stores them, and runs the ones
 * the schedule says are due. The schedule's settings are preferences in the store ({@value #TIME_PREFIX}{@code kind}
 * = "HH:mm", {@value #ON_PREFIX}{@code kind} = "true"/"false", {@value #WEEKDAY} = "MONDAY"), so the window and the command line share them.
 */
public final class BriefingService {

    public static final String TIME_PREFIX = "briefing.time.";
    public static final String ON_PREFIX = "briefing.on.";
    /** The weekly review's day, "MONDAY" … "SUNDAY". */
    public static final String WEEKDAY = "briefing.weekday";
    private static final Actor COMPOSER = Actor.system("briefing");
    private static final Logger LOG = LoggerFactory.getLogger(BriefingService.class);

    private final Store store;
    private final LanguageModel model;
    private final RulesBriefing rules = new RulesBriefing();

    /** Briefings by rules only. */
    public BriefingService(Store store) {
        this(store, new NoLanguageModel());
    }

    /** Briefings written by {@code model} from the rules' facts when it answers well, by the rules otherwise. */
    public BriefingService(Store store, LanguageModel model) {
        this.store = Require.present(store, "store");
        this.model = Require.present(model, "model");
    }

    /**
     * A briefing of the workspace as it is now, and why the model's text was not used when it was asked and failed
     * (unreachable, timed out, refused, or an answer that broke the schema or cited what it was not given). With AI
     * off the rules compose it and there is no problem to report. Not stored.
     */
    public Composed composeReporting(BriefingKind kind, Clock clock) {
        AgentContext context = new AgentService(store).context(clock);
        List<BriefingSection> sections = rules.sections(kind, context);
        try {
            return new Composed(new ModelBriefing(model).write(kind, context, sections), null);
        } catch (LanguageModelException e) {
            if (e.kind() == LanguageModelException.Kind.OFF) {
                return new Composed(rules.compose(kind, context, sections, null), null);
            }
            // the message never quotes the model's answer, which may hold the workspace: the reasons do not either
            LOG.warn("The model's {} briefing was not used ({}): {}", kind, e.kind(), e.getMessage());
            return new Composed(rules.compose(kind, context, sections, e.getMessage()), e.getMessage());
        }
    }

    /** A briefing of the workspace as it is now; not stored. */
    public Briefing compose(BriefingKind kind, Clock clock) {
        return composeReporting(kind, clock).briefing();
    }

    public Briefing composeAndStore(BriefingKind kind, Clock clock) {
        return composeAndStoreReporting(kind, clock).briefing();
    }

    /** Like {@link #composeReporting}, and the briefing is stored with who produced it. */
    public Composed composeAndStoreReporting(BriefingKind kind, Clock clock) {
        return store(composeReporting(kind, clock));
    }

    /** Stores a briefing composed earlier (the window composes, then stores only if the user did not press Stop). */
    public Composed store(Composed composed) {
        Briefing stored = store.write(COMPOSER, tx -> tx.insert(composed.briefing()));
        return new Composed(stored, composed.modelProblem());
    }

    /** A briefing and, when the model was asked and its text not used, why (for a message beside the briefing). */
    public record Composed(Briefing briefing, String modelProblem) {

        public Optional<String> problem() {
            return Optional.ofNullable(modelProblem);
        }
    }

    /**
     * Composes and stores every kind that is due at the clock's instant, each once however many of its slots were
     * missed (the computer slept, the app was closed), oldest slot first. On the very first run (no briefing stored
     * yet) only the kind with the newest slot is composed, not last Friday's evening summary too; a kind never
     * composed since counts from that first briefing. Returns what it composed.
     */
    public List<Briefing> runDue(Clock clock) {
        BriefingSchedule schedule = new BriefingSchedule(settings(), clock.getZone());
        Map<BriefingKind, Instant> lastRuns = lastRuns();
        Optional<Instant> first = lastRuns.values().stream().min(Instant::compareTo);
        first.ifPresent(start -> {
            for (BriefingKind kind : BriefingKind.values()) {
                lastRuns.putIfAbsent(kind, start);
            }
        });
        List<BriefingKind> due = schedule.dueBriefings(lastRuns, clock.instant());
        if (first.isEmpty() && due.size() > 1) {
            due = List.of(due.get(due.size() - 1));
        }
        List<Briefing> made = new ArrayList<>();
        for (BriefingKind kind : due) {
            made.add(composeAndStore(kind, clock));
        }
        if (!made.isEmpty()) {
            LOG.info("Composed {} due briefing(s): {}", made.size(), due);
        }
        return made;
    }

    /** When each kind was last composed; a kind never composed is missing. */
    public Map<BriefingKind, Instant> lastRuns() {
        Map<BriefingKind, Instant> last = new EnumMap<>(BriefingKind.class);
        for (BriefingKind kind : BriefingKind.values()) {
            store.briefings().latest(kind).ifPresent(b -> last.put(kind, b.createdAt()));
        }
        return last;
    }

    public Optional<Briefing> latest(BriefingKind kind) {
        return store.briefings().latest(kind);
    }

    /** The newest briefing of any kind. */
    public Optional<Briefing> latest() {
        return store.briefings().list(1).stream().findFirst();
    }

    /** The schedule's settings: the defaults, changed by the stored preferences. */
    public BriefingSettings settings() {
        BriefingSettings settings = BriefingSettings.DEFAULTS;
        for (BriefingKind kind : BriefingKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            Optional<LocalTime> time = store.preferences().find(TIME_PREFIX + name).map(Preference::value)
                    .flatMap(BriefingService::time);
            if (time.isPresent()) {
                settings = settings.at(kind, time.get());
            }
            Optional<String> on = store.preferences().find(ON_PREFIX + name).map(Preference::value);
            if (on.isPresent()) {
                settings = settings.with(kind, Boolean.parseBoolean(on.get()));
            }
        }
        Optional<DayOfWeek> weekday = store.preferences().find(WEEKDAY).map(Preference::value)
                .flatMap(BriefingService::weekday);
        return weekday.isPresent() ? settings.onWeekday(weekday.get()) : settings;
    }

    /** Stores the time and on/off of every kind, and the weekly review's day. */
    public void save(BriefingSettings settings, Instant now) {
        store.write(Actor.USER, tx -> {
            for (BriefingKind kind : BriefingKind.values()) {
                String name = kind.name().toLowerCase(Locale.ROOT);
                tx.put(new Preference(TIME_PREFIX + name, settings.time(kind).toString(), now));
                tx.put(new Preference(ON_PREFIX + name, Boolean.toString(settings.enabled().contains(kind)), now));
            }
            tx.put(new Preference(WEEKDAY, settings.weeklyDay().name(), now));
            return null;
        });
    }

    private static Optional<DayOfWeek> weekday(String text) {
        try {
            return Optional.of(DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the weekly briefing day '{}': not a day of the week", text);
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip()));
        } catch (DateTimeParseException e) {
            LOG.warn("Ignoring briefing time '{}': not HH:mm", text);
            return Optional.empty();
        }
    }
}
