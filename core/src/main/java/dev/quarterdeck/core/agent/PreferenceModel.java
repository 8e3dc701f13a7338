package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.task.SourceKind;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the user's decisions on past proposals teach, replayed from their {@link PreferenceSignal}s oldest first.
 *
 * <ul>
 * <li>Each agent's proposal kind carries a multiplier, starting at 1: every rejection multiplies it by
 * {@value #REJECTED}, every approval by {@value #APPROVED}, every edit-then-approve by {@value #EDITED} (the proposal
 * was useful, its details were not), kept within {@value #MINIMUM}–{@value #MAXIMUM}. A proposal's confidence is
 * multiplied by it; a proposal whose confidence falls below {@value #THRESHOLD} is no longer shown. So a kind at
 * confidence 0.8 disappears after seven rejections in a row, one at 0.5 after five.</li>
 * <li>Each {@link SourceKind} named by a signal's {@code source} carries a multiplier by the same rule; the
 * prioritiser multiplies the source-signal part of a task's score by it, so a source the user keeps turning down
 * loses its pull.</li>
 * </ul>
 * Settings ({@link dev.quarterdeck.core.agent.Preference}) are passed through by key. Deterministic: the same signals
 * give the same model whatever order they are passed in.
 */
public final class PreferenceModel {

    /** Setting key for the user's name as it appears in task owners; agents plan only that person's work. */
    public static final String USER_NAME = "user.name";
    /** Setting key for the start of the planned working day, "HH:mm" local time; 09:00 when not set. */
    public static final String DAY_START = "plan.day.start";
    /** Setting key for the end of the planned working day, "HH:mm" local time; 17:30 when not set. */
    public static final String DAY_END = "plan.day.end";
    /** Setting key prefix of a task's "flagged important" mark, followed by the task's ID. */
    public static final String FLAGGED_PREFIX = "task.flagged.";


    public static final double REJECTED = 0.8;
    public static final double APPROVED = 1.1;
    public static final double EDITED = 1.05;
    public static final double MINIMUM = 0.05;
    public static final double MAXIMUM = 1.5;
    public static final double THRESHOLD = 0.2;

    private static final PreferenceModel NEUTRAL = new PreferenceModel(Map.of(), Map.of(), Map.of());

    private final Map<KindKey, Double> kinds;
    private final Map<SourceKind, Double> sources;
    private final Map<String, String> settings;

    private PreferenceModel(Map<KindKey, Double> kinds, Map<SourceKind, Double> sources,
            Map<String, String> settings) {
        this.kinds = Map.copyOf(kinds);
        this.sources = sources.isEmpty() ? Map.of() : new EnumMap<>(sources);
        this.settings = Map.copyOf(settings);
    }

    /** No signals and no settings: every multiplier is 1. */
    public static PreferenceModel neutral() {
        return NEUTRAL;
    }

    public static PreferenceModel learn(Collection<PreferenceSignal> signals, Collection<Preference> preferences) {
        Require.present(signals, "signals");
        Require.present(preferences, "preferences");
        Map<KindKey, Double> kinds = new HashMap<>();
        Map<SourceKind, Double> sources = new EnumMap<>(SourceKind.class);
        signals.stream()
                .sorted(Comparator.comparing(PreferenceSignal::at).thenComparing(PreferenceSignal::id))
                .forEach(signal -> {
                    double factor = factor(signal.decision());
                    kinds.merge(new KindKey(signal.agent(), signal.kind()), factor, PreferenceModel::step);
                    sourceOf(signal).ifPresent(source -> sources.merge(source, factor, PreferenceModel::step));
                });
        Map<String, String> settings = new HashMap<>();
        preferences.forEach(p -> settings.put(p.key(), p.value()));
        return new PreferenceModel(kinds, sources, settings);
    }

    /** The multiplier on the confidence of {@code agent}'s proposals of {@code kind}. */
    public double kindMultiplier(String agent, ProposalKind kind) {
        return kinds.getOrDefault(new KindKey(agent, kind), 1.0);
    }

    /**
     * How much weight the prioritiser gives to the source signals of tasks from {@code source}: 1 by default, less
     * for a source the user keeps turning down.
     */
    public double sourceMultiplier(SourceKind source) {
        return sources.getOrDefault(source, 1.0);
    }

    /** A chosen setting, such as {@link #USER_NAME}. */
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /**
     * True when the user flagged the task important (an approved CHANGE_PRIORITY proposal): the setting
     * {@value #FLAGGED_PREFIX}{@code <taskId>} is "true". The prioritiser counts it; strategy no longer proposes it.
     */
    public boolean isFlagged(java.util.UUID taskId) {
        return "true".equals(settings.get(FLAGGED_PREFIX + taskId));
    }

    /** Every learned kind multiplier, for a settings page that shows what was learned. */
    public Map<KindKey, Double> kindMultipliers() {
        return kinds;
    }

    /**
     * {@code proposal} with its confidence multiplied by its kind's multiplier (at most 1), or empty when that
     * falls below {@link #THRESHOLD}.
     */
    public Optional<Proposal> adjust(Proposal proposal) {
        Require.present(proposal, "proposal");
        double multiplier = kindMultiplier(proposal.agent(), proposal.kind());
        double confidence = Math.min(1, Math.round(proposal.confidence() * multiplier * 100) / 100.0);
        if (confidence < THRESHOLD) {
            return Optional.empty();
        }
        if (confidence == proposal.confidence()) {
            return Optional.of(proposal);
        }
        return Optional.of(new Proposal(proposal.id(), proposal.agent(), proposal.kind(), proposal.targetId(),
                proposal.summary(), proposal.rationale(), confidence, proposal.payloadJson(), proposal.status(),
                proposal.createdAt(), proposal.decidedAt(), proposal.version()));
    }

    private static double factor(PreferenceSignal.Decision decision) {
        return switch (decision) {
            case APPROVED -> APPROVED;
            case EDITED -> EDITED;
            case REJECTED -> REJECTED;
        };
    }

    /** One more decision on a running multiplier; kept within bounds at every step, so old credit is limited. */
    private static double step(double current, double factor) {
        return clamp(current * factor);
    }

    private static double clamp(double value) {
        return Math.max(MINIMUM, Math.min(MAXIMUM, value));
    }

    private static Optional<SourceKind> sourceOf(PreferenceSignal signal) {
        if (signal.source() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceKind.valueOf(signal.source().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An agent's proposal kind. */
    public record KindKey(String agent, ProposalKind kind) {
    }
}
