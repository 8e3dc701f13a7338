package dev.quarterdeck.core.briefing;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which briefings are due. Each kind has slots — its time on each of its days, in the user's zone — and is due when
 * its latest slot at or before now is later than its last run (or it never ran).
 *
 * <p>The rule for missed slots: only the latest slot counts, so a kind is due at most once however many slots passed
 * while the computer slept or the app was closed, and one run at wake or start satisfies it until its next slot. A
 * slot that falls into a daylight-saving gap moves forward with the clock, as {@link ZonedDateTime#of} does.
 */
public final class BriefingSchedule {

    /** Far enough back to find the previous slot of any kind: a week and a day. */
    private static final int SEARCH_DAYS = 8;

    private final BriefingSettings settings;
    private final ZoneId zone;

    public BriefingSchedule(BriefingSettings settings, ZoneId zone) {
        this.settings = Require.present(settings, "settings");
        this.zone = Require.present(zone, "zone");
    }

    /**
     * The kinds due at {@code now}, oldest slot first, each once. {@code lastRun} holds when each kind last ran; a kind
     * missing from it never ran.
     */
    public List<BriefingKind> dueBriefings(Map<BriefingKind, Instant> lastRun, Instant now) {
        Require.present(lastRun, "lastRun");
        Require.present(now, "now");
        record Due(BriefingKind kind, Instant slot) {
        }
        List<Due> due = new ArrayList<>();
        for (BriefingKind kind : BriefingKind.values()) {
            Optional<Instant> slot = latestSlot(kind, now);
            Instant last = lastRun.get(kind);
            if (slot.isPresent() && (last == null || last.isBefore(slot.get()))) {
                due.add(new Due(kind, slot.get()));
            }
        }
        due.sort(Comparator.comparing(Due::slot).thenComparing(Due::kind));
        return due.stream().map(Due::kind).toList();
    }

    /** The latest slot of {@code kind} at or before {@code now}; empty when the kind is off or has no days. */
    public Optional<Instant> latestSlot(BriefingKind kind, Instant now) {
        if (!settings.isEnabled(kind)) {
            return Optional.empty();
        }
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++) {
            LocalDate candidate = day.minusDays(i);
            if (isSlotDay(kind, candidate)) {
                Instant slot = slotOn(kind, candidate);
                if (!slot.isAfter(now)) {
                    return Optional.of(slot);
                }
            }
        }
        return Optional.empty();
    }

    /** The first slot of {@code kind} after {@code now}; empty when the kind is off or has no days. */
    public Optional<Instant> nextSlot(BriefingKind kind, Instant now) {
        if (!settings.isEnabled(kind)) {
            return Optional.empty();
        }
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++) {
            LocalDate candidate = day.plusDays(i);
            if (isSlotDay(kind, candidate)) {
                Instant slot = slotOn(kind, candidate);
                if (slot.isAfter(now)) {
                    return Optional.of(slot);
                }
            }
        }
        return Optional.empty();
    }

    /** When the next briefing of any kind falls due: when a timer should wake the app. */
    public Optional<Instant> nextSlot(Instant now) {
        Optional<Instant> next = Optional.empty();
        for (BriefingKind kind : BriefingKind.values()) {
            Optional<Instant> slot = nextSlot(kind, now);
            if (slot.isPresent() && (next.isEmpty() || slot.get().isBefore(next.get()))) {
                next = slot;
            }
        }
        return next;
    }

    private boolean isSlotDay(BriefingKind kind, LocalDate day) {
        return kind == BriefingKind.WEEKLY ? day.getDayOfWeek() == settings.weeklyDay()
                : settings.days().contains(day.getDayOfWeek());
    }

    private Instant slotOn(BriefingKind kind, LocalDate day) {
        return ZonedDateTime.of(day, settings.time(kind), zone).toInstant();
    }
}
