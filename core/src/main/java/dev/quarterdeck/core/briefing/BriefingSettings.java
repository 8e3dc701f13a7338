package dev.quarterdeck.core.briefing;

import dev.quarterdeck.core.common.Require;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When briefings are due, local time: morning, midday and evening on the {@code days} chosen, the weekly review on
 * {@code weeklyDay}; only the kinds in {@code enabled} are made.
 */
public record BriefingSettings(LocalTime morning, LocalTime midday, LocalTime evening, DayOfWeek weeklyDay,
        LocalTime weekly, Set<DayOfWeek> days, Set<BriefingKind> enabled) {

    /** 08:00, 12:30 and 17:30 on working days, the weekly review Monday 09:00; all on. */
    public static final BriefingSettings DEFAULTS = new BriefingSettings(LocalTime.of(8, 0), LocalTime.of(12, 30),
            LocalTime.of(17, 30), DayOfWeek.MONDAY, LocalTime.of(9, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), EnumSet.allOf(BriefingKind.class));

    public BriefingSettings {
        Require.present(morning, "morning");
        Require.present(midday, "midday");
        Require.present(evening, "evening");
        Require.present(weeklyDay, "weeklyDay");
        Require.present(weekly, "weekly");
        days = Set.copyOf(Require.present(days, "days"));
        enabled = Set.copyOf(Require.present(enabled, "enabled"));
    }

    public LocalTime time(BriefingKind kind) {
        return switch (kind) {
            case MORNING -> morning;
            case MIDDAY -> midday;
            case EVENING -> evening;
            case WEEKLY -> weekly;
        };
    }

    public boolean isEnabled(BriefingKind kind) {
        return enabled.contains(kind) && (kind == BriefingKind.WEEKLY || !days.isEmpty());
    }

    /** These settings with {@code kind} switched on or off. */
    public BriefingSettings with(BriefingKind kind, boolean on) {
        Set<BriefingKind> kinds = enabled.isEmpty() ? EnumSet.noneOf(BriefingKind.class) : EnumSet.copyOf(enabled);
        if (on) {
            kinds.add(kind);
        } else {
            kinds.remove(kind);
        }
        return new BriefingSettings(morning, midday, evening, weeklyDay, weekly, days, kinds);
    }

    /** These settings with {@code kind} at {@code time}. */
    public BriefingSettings at(BriefingKind kind, LocalTime time) {
        return new BriefingSettings(kind == BriefingKind.MORNING ? time : morning,
                kind == BriefingKind.MIDDAY ? time : midday, kind == BriefingKind.EVENING ? time : evening, weeklyDay,
                kind == BriefingKind.WEEKLY ? time : weekly, days, enabled);
    }

    /** These settings with the weekly review on {@code day}. */
    public BriefingSettings onWeekday(DayOfWeek day) {
        return new BriefingSettings(morning, midday, evening, day, weekly, days, enabled);
    }
}
