package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import dev.quarterdeck.core.agent.DayPlan.Block;
import dev.quarterdeck.core.agent.DayPlan.Kind;
import dev.quarterdeck.core.agent.DayPlan.Unplanned;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Plans today: meetings from today's calendar items, and the user's tasks of today's lane in the free time between
 * them, from the start of the working day (or now, when later) to its end.
 *
 * <ol>
 * <li>Meetings: calendar items starting today that are not over, as they are.</li>
 * <li>Preparation first: a task made from one of today's meetings that has not started is placed in the free time
 * before that meeting, split over several gaps if needed. When not all of it fits, the part that does is planned and a
 * note says how much is missing.</li>
 * <li>Then the other tasks by score (highest first; then by due date and title): each in the earliest gap that holds
 * it whole, otherwise split over the earliest gaps of at least {@value #MIN_CHUNK} minutes, otherwise listed as
 * unplanned. A task without an estimate counts {@value #DEFAULT_ESTIMATE} minutes.</li>
 * </ol>
 * Tasks taken: open, in today's lane, not waiting, the user's own or nobody's. Times are rounded up to
 * {@value #ROUND_TO} minutes.
 */
final class DayPlanner {

    static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    static final LocalTime DEFAULT_END = LocalTime.of(17, 30);
    static final int DEFAULT_ESTIMATE = 30;
    static final int MIN_CHUNK = 15;
    static final int ROUND_TO = 5;
    private static final int LAST_MINUTE = 24 * 60 - 1;

    DayPlan plan(AgentContext context) {
        LocalDate today = context.today();
        int dayStart = minutes(time(context, PreferenceModel.DAY_START, DEFAULT_START));
        int dayEnd = Math.max(dayStart, minutes(time(context, PreferenceModel.DAY_END, DEFAULT_END)));
        ZonedDateTime now = context.now().atZone(context.zone());
        int nowMinute = now.getHour() * 60 + now.getMinute() + (now.getSecond() > 0 || now.getNano() > 0 ? 1 : 0);
        int from = Math.min(dayEnd, Math.max(dayStart, roundUp(nowMinute)));

        List<Meeting> meetings = meetings(context, nowMinute);
        Gaps gaps = new Gaps(from, dayEnd);
        List<Block> blocks = new ArrayList<>();
        for (Meeting meeting : meetings) {
            gaps.remove(meeting.start(), meeting.end());
            blocks.add(new Block(time(meeting.start()), time(meeting.end()), Kind.MEETING, meeting.item().title(),
                    meeting.item().projectCode(), null, meeting.item().id(), 1, 1));
        }

        List<Task> candidates = candidates(context);
        List<Unplanned> unplanned = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        for (Meeting meeting : meetings) {
            if (meeting.start() < from) {
                continue;
            }
            for (Task task : candidates) {
                if (!placed.contains(task.id()) && preparesFor(task, meeting, context)) {
                    placed.add(task.id());
                    int needed = estimate(task);
                    List<int[]> slots = gaps.take(needed, meeting.start(), true);
                    int got = slots.stream().mapToInt(s -> s[1] - s[0]).sum();
                    blocks.addAll(taskBlocks(task, slots, context));
                    if (got < needed) {
                        notes.add(quote(task.title()) + " needs " + duration(needed) + " before "
                                + quote(meeting.item().title()) + " at " + time(meeting.start()) + ", but only "
                                + duration(got) + " " + "could be planned for it from " + time(from) + ".");
                    }
                }
            }
        }
        for (Task task : candidates) {
            if (placed.add(task.id())) {
                int needed = estimate(task);
                List<int[]> slots = gaps.take(needed, dayEnd, false);
                if (slots.isEmpty()) {
                    unplanned.add(new Unplanned(task.id(), task.title(), code(task, context), "needs "
                            + duration(needed) + ", " + duration(gaps.free(MIN_CHUNK)) + " left in the day"));
                } else {
                    blocks.addAll(taskBlocks(task, slots, context));
                }
            }
        }
        blocks.sort(Comparator.comparing(Block::start).thenComparing(Block::kind).thenComparing(Block::title));
        return new DayPlan(today, context.zone(), time(from), time(dayEnd), blocks, unplanned, notes);
    }

    private record Meeting(SourceItem item, int start, int end) {
    }

    /** Today's calendar items that are not over at {@code nowMinute}, by start. */
    private static List<Meeting> meetings(AgentContext context, int nowMinute) {
        List<Meeting> meetings = new ArrayList<>();
        for (SourceItem item : context.workspace().sourceItems()) {
            if (item.kind() != SourceKind.CALENDAR || item.start() == null) {
                continue;
            }
            ZonedDateTime start = item.start().atZone(context.zone());
            if (!start.toLocalDate().equals(context.today())) {
                continue;
            }
            int startMinute = start.getHour() * 60 + start.getMinute();
            int endMinute = startMinute + DEFAULT_ESTIMATE;
            if (item.end() != null) {
                ZonedDateTime end = item.end().atZone(context.zone());
                endMinute = end.toLocalDate().isAfter(context.today()) ? LAST_MINUTE
                        : end.getHour() * 60 + end.getMinute();
            }
            endMinute = Math.min(LAST_MINUTE, Math.max(startMinute, endMinute));
            if (endMinute > nowMinute) {
                meetings.add(new Meeting(item, startMinute, endMinute));
            }
        }
        meetings.sort(Comparator.comparingInt(Meeting::start).thenComparing(m -> m.item().title())
                .thenComparing(m -> m.item().ref()));
        return meetings;
    }

    /** The user's open, not waiting tasks of today's lane, highest score first. */
    private static List<Task> candidates(AgentContext context) {
        return context.workspace().tasks().stream()
                .filter(t -> t.isOpen() && t.status() != TaskStatus.WAITING && t.horizon() == Horizon.TODAY)
                .filter(context::isMine)
                .sorted(Comparator.comparingDouble((Task t) -> context.score(t).total()).reversed()
                        .thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Task::title).thenComparing(Task::id))
                .toList();
    }

    private static boolean preparesFor(Task task, Meeting meeting, AgentContext context) {
        return task.id().equals(meeting.item().taskId())
                || context.index().itemsOf(task.id()).stream().anyMatch(i -> i.id().equals(meeting.item().id()));
    }

    private static List<Block> taskBlocks(Task task, List<int[]> slots, AgentContext context) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            blocks.add(new Block(time(slots.get(i)[0]), time(slots.get(i)[1]), Kind.TASK, task.title(),
                    code(task, context), task.id(), null, i + 1, slots.size()));
        }
        return blocks;
    }

    private static String code(Task task, AgentContext context) {
        return context.index().project(task.projectId()).map(p -> p.code()).orElse(null);
    }

    private static int estimate(Task task) {
        return task.estimate() == null ? DEFAULT_ESTIMATE : (int) Math.max(1, task.estimate().toMinutes());
    }

    private static LocalTime time(AgentContext context, String key, LocalTime fallback) {
        Optional<String> value = context.preferences().setting(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return LocalTime.parse(value.get().strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(int minutes) {
        return LocalTime.of(minutes / 60, minutes % 60);
    }

    private static int roundUp(int minutes) {
        return Math.min(LAST_MINUTE, (minutes + ROUND_TO - 1) / ROUND_TO * ROUND_TO);
    }

    /** "45 min", "2 h", "1 h 30 min". */
    static String duration(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** The free stretches of the day, in minutes since midnight, earliest first. */
    private static final class Gaps {
        private final List<int[]> gaps = new ArrayList<>();

        Gaps(int from, int to) {
            if (to > from) {
                gaps.add(new int[] {from, to});
            }
        }

        void remove(int start, int end) {
            List<int[]> kept = new ArrayList<>();
            for (int[] gap : gaps) {
                if (end <= gap[0] || start >= gap[1]) {
                    kept.add(gap);
                    continue;
                }
                if (start > gap[0]) {
                    kept.add(new int[] {gap[0], start});
                }
                if (end < gap[1]) {
                    kept.add(new int[] {end, gap[1]});
                }
            }
            gaps.clear();
            gaps.addAll(kept);
        }

        /** Minutes free in gaps of at least {@code minimum} minutes. */
        int free(int minimum) {
            return gaps.stream().mapToInt(g -> g[1] - g[0]).filter(length -> length >= minimum).sum();
        }

        /**
         * Takes {@code minutes} ending by {@code before}: the earliest gap that holds them whole, else the earliest
         * gaps of at least {@link #MIN_CHUNK} minutes. Without {@code partial}, nothing is taken unless all fits;
         * with it, as much as fits.
         */
        List<int[]> take(int minutes, int before, boolean partial) {
            for (int[] gap : gaps) {
                if (Math.min(gap[1], before) - gap[0] >= minutes) {
                    int[] slot = {gap[0], gap[0] + minutes};
                    remove(slot[0], slot[1]);
                    return List.of(slot);
                }
            }
            List<int[]> slots = new ArrayList<>();
            int remaining = minutes;
            for (int[] gap : gaps) {
                int usable = Math.min(gap[1], before) - gap[0];
                if (remaining > 0 && usable >= Math.min(MIN_CHUNK, remaining)) {
                    int length = Math.min(usable, remaining);
                    slots.add(new int[] {gap[0], gap[0] + length});
                    remaining -= length;
                }
            }
            if (slots.isEmpty() || (remaining > 0 && !partial)) {
                return List.of();
            }
            slots.forEach(slot -> remove(slot[0], slot[1]));
            return slots;
        }
    }
}
