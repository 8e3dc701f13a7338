package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A time-blocked plan for one day: today's meetings and the tasks placed in the free time between them, in order.
 * Times are local to {@code zone}.
 *
 * @param from      when planning started: the start of the working day, or now when later
 * @param blocks    meetings and task blocks by start time; a task split over several gaps has several blocks
 * @param unplanned tasks of today's lane that did not fit, with why
 * @param notes     warnings about the plan, e.g. preparation that does not fit before its meeting
 */
public record DayPlan(LocalDate date, ZoneId zone, LocalTime from, LocalTime dayEnd, List<Block> blocks,
        List<Unplanned> unplanned, List<String> notes) {

    public DayPlan {
        Require.present(date, "date");
        Require.present(zone, "zone");
        Require.present(from, "from");
        Require.present(dayEnd, "dayEnd");
        blocks = List.copyOf(blocks);
        unplanned = List.copyOf(unplanned);
        notes = List.copyOf(notes);
    }

    public enum Kind {
        MEETING, TASK
    }

    /**
     * One stretch of the day. A MEETING block names its calendar item ({@code sourceItemId}); a TASK block its task,
     * and a task split over several gaps has blocks {@code part} 1 to {@code parts}.
     */
    public record Block(LocalTime start, LocalTime end, Kind kind, String title, String projectCode, UUID taskId,
            UUID sourceItemId, int part, int parts) {

        public Block {
            Require.present(start, "start");
            Require.present(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("a block cannot end before it starts");
            }
            Require.present(kind, "kind");
            title = Require.text(title, "title", 600);
            if (kind == Kind.TASK && taskId == null) {
                throw new IllegalArgumentException("a task block names its task");
            }
            if (part < 1 || part > parts) {
                throw new IllegalArgumentException("part " + part + " of " + parts + " is not a part");
            }
        }

        public Duration duration() {
            return Duration.between(start, end);
        }
    }

    /** A task of today's lane that the plan has no room for. */
    public record Unplanned(UUID taskId, String title, String projectCode, String reason) {

        public Unplanned {
            Require.present(taskId, "taskId");
            title = Require.text(title, "title", 500);
            reason = Require.text(reason, "reason", 500);
        }
    }

    public List<Block> meetings() {
        return blocks.stream().filter(b -> b.kind() == Kind.MEETING).toList();
    }

    public List<Block> taskBlocks() {
        return blocks.stream().filter(b -> b.kind() == Kind.TASK).toList();
    }
}
