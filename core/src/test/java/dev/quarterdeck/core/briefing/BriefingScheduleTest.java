package dev.quarterdeck.core.briefing;

import static dev.quarterdeck.core.briefing.BriefingKind.EVENING;
import static dev.quarterdeck.core.briefing.BriefingKind.MIDDAY;
import static dev.quarterdeck.core.briefing.BriefingKind.MORNING;
import static dev.quarterdeck.core.briefing.BriefingKind.WEEKLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefingScheduleTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    /** Monday 17 November 2025. */
    private static final LocalDate MONDAY = LocalDate.of(2025, 11, 17);

    private final BriefingSchedule schedule = new BriefingSchedule(BriefingSettings.DEFAULTS, VIENNA);

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(VIENNA).toInstant();
    }

    @Test
    void theDefaultsAreEightHalfPastTwelveHalfPastFiveOnWorkdaysAndMondayNine() {
        BriefingSettings defaults = BriefingSettings.DEFAULTS;

        assertThat(defaults.time(MORNING)).isEqualTo(LocalTime.of(8, 0));
        assertThat(defaults.time(MIDDAY)).isEqualTo(LocalTime.of(12, 30));
        assertThat(defaults.time(EVENING)).isEqualTo(LocalTime.of(17, 30));
        assertThat(defaults.time(WEEKLY)).isEqualTo(LocalTime.of(9, 0));
        assertThat(defaults.weeklyDay()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(defaults.enabled()).containsExactlyInAnyOrder(BriefingKind.values());
    }

    @Test
    void aKindIsDueFromItsSlotUntilItRuns() {
        LocalDate tuesday = MONDAY.plusDays(1);
        Map<BriefingKind, Instant> lastRun = ranAll(at(MONDAY, 17, 30));

        assertThat(schedule.dueBriefings(lastRun, at(tuesday, 7, 59))).isEmpty();
        assertThat(schedule.dueBriefings(lastRun, at(tuesday, 8, 0))).containsExactly(MORNING);
        lastRun.put(MORNING, at(tuesday, 8, 0));
        assertThat(schedule.dueBriefings(lastRun, at(tuesday, 8, 1))).isEmpty();
        assertThat(schedule.dueBriefings(lastRun, at(tuesday, 12, 45))).containsExactly(MIDDAY);
    }

    @Test
    void aBriefingThatNeverRanIsDueOnceOldestSlotFirst() {
        List<BriefingKind> due = schedule.dueBriefings(Map.of(), at(MONDAY.plusDays(1), 13, 0));

        // weekly Mon 09:00, evening Mon 17:30, morning Tue 08:00, midday Tue 12:30
        assertThat(due).containsExactly(WEEKLY, EVENING, MORNING, MIDDAY);
    }

    @Test
    void slotsMissedOverTheWeekendRunOnceAtWake() {
        LocalDate friday = MONDAY.minusDays(3);
        Map<BriefingKind, Instant> lastRun = ranAll(at(friday, 17, 30));
        lastRun.put(WEEKLY, at(MONDAY.minusDays(7), 9, 0));

        // asleep from Friday evening to Monday 10:15: the weekend has no slots, Monday's morning and weekly are due
        assertThat(schedule.dueBriefings(lastRun, at(MONDAY, 10, 15))).containsExactly(MORNING, WEEKLY);
    }

    @Test
    void slotsMissedOverSeveralDaysRunOncePerKind() {
        Map<BriefingKind, Instant> lastRun = ranAll(at(MONDAY, 17, 30));

        // asleep from Tuesday 07:00 to Thursday 19:00: six daily slots passed, three briefings are due
        assertThat(schedule.dueBriefings(lastRun, at(MONDAY.plusDays(3), 19, 0)))
                .containsExactly(MORNING, MIDDAY, EVENING);
    }

    @Test
    void aWeekWithAClockThatSleepsFiresEverySlotOnceAndMissedOnesOnceAtWake() {
        MutableClock clock = new MutableClock(at(MONDAY, 0, 0));
        Map<BriefingKind, Instant> lastRun = new EnumMap<>(BriefingKind.class);
        lastRun.putAll(ranAll(at(MONDAY, 0, 0)));
        List<String> fired = new ArrayList<>();
        // the computer sleeps from Wednesday 11:00 to Thursday 13:05
        Instant sleep = at(MONDAY.plusDays(2), 11, 0);
        Instant wake = at(MONDAY.plusDays(3), 13, 5);

        while (clock.instant().isBefore(at(MONDAY.plusDays(7), 0, 0))) {
            Instant now = clock.instant();
            if (now.isBefore(sleep) || !now.isBefore(wake)) {
                for (BriefingKind kind : schedule.dueBriefings(lastRun, now)) {
                    fired.add(kind + " " + now.atZone(VIENNA).getDayOfWeek().toString().substring(0, 3) + " "
                            + now.atZone(VIENNA).toLocalTime());
                    lastRun.put(kind, now);
                }
            }
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(fired).containsExactly(
                "MORNING MON 08:00", "WEEKLY MON 09:00", "MIDDAY MON 12:30", "EVENING MON 17:30",
                "MORNING TUE 08:00", "MIDDAY TUE 12:30", "EVENING TUE 17:30",
                "MORNING WED 08:00",
                // slept through: Wednesday's midday and evening, Thursday's morning and midday; at wake each kind
                // runs once, the evening (Wednesday's slot) first
                "EVENING THU 13:05", "MORNING THU 13:05", "MIDDAY THU 13:05", "EVENING THU 17:30",
                "MORNING FRI 08:00", "MIDDAY FRI 12:30", "EVENING FRI 17:30");
    }

    @Test
    void kindsSwitchedOffAreNeverDue() {
        BriefingSettings settings = BriefingSettings.DEFAULTS.with(MIDDAY, false).with(WEEKLY, false);
        BriefingSchedule quieter = new BriefingSchedule(settings, VIENNA);

        assertThat(quieter.dueBriefings(Map.of(), at(MONDAY, 18, 0))).containsExactly(MORNING, EVENING);
        assertThat(quieter.latestSlot(MIDDAY, at(MONDAY, 18, 0))).isEmpty();

        BriefingSettings noDays = new BriefingSettings(LocalTime.of(8, 0), LocalTime.of(12, 30), LocalTime.of(17, 30),
                DayOfWeek.MONDAY, LocalTime.of(9, 0), EnumSet.noneOf(DayOfWeek.class),
                EnumSet.allOf(BriefingKind.class));
        assertThat(new BriefingSchedule(noDays, VIENNA).dueBriefings(Map.of(), at(MONDAY, 18, 0)))
                .containsExactly(WEEKLY);
    }

    @Test
    void theNextSlotSkipsTheWeekend() {
        Instant fridayEvening = at(MONDAY.plusDays(4), 18, 0);

        assertThat(schedule.nextSlot(fridayEvening)).contains(at(MONDAY.plusDays(7), 8, 0));
        assertThat(schedule.nextSlot(MIDDAY, fridayEvening)).contains(at(MONDAY.plusDays(7), 12, 30));
        assertThat(schedule.nextSlot(WEEKLY, at(MONDAY, 9, 0))).contains(at(MONDAY.plusDays(7), 9, 0));
    }

    @Test
    void aSlotInTheSpringForwardGapMovesForwardWithTheClock() {
        // Vienna skips 02:00-03:00 on Sunday 29 March 2026; a 02:30 briefing that day is due at 03:30 CEST
        BriefingSettings settings = BriefingSettings.DEFAULTS.at(MORNING, LocalTime.of(2, 30));
        settings = new BriefingSettings(settings.morning(), settings.midday(), settings.evening(),
                settings.weeklyDay(), settings.weekly(), EnumSet.allOf(DayOfWeek.class), settings.enabled());
        BriefingSchedule early = new BriefingSchedule(settings, VIENNA);
        LocalDate switchDay = LocalDate.of(2026, 3, 29);

        assertThat(early.latestSlot(MORNING, Instant.parse("2026-03-29T01:40:00Z")))
                .contains(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(early.nextSlot(MORNING, at(switchDay, 1, 0))).contains(Instant.parse("2026-03-29T01:30:00Z"));
    }

    private static Map<BriefingKind, Instant> ranAll(Instant when) {
        Map<BriefingKind, Instant> lastRun = new EnumMap<>(BriefingKind.class);
        for (BriefingKind kind : BriefingKind.values()) {
            lastRun.put(kind, when);
        }
        return lastRun;
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return VIENNA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("fixed to Vienna");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
