package dev.quarterdeck.app.settings;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often connected accounts sync in the background: every 5 minutes to every 24 hours, or only when the user
 * says so ("Manual only"). Written as the user reads it ({@code 15 min}, {@code 2 h}, {@code 1 h 30 min}).
 *
 * @param every the time between syncs; null for manual only
 */
public record SyncInterval(Duration every) {

    public static final Duration SHORTEST = Duration.ofMinutes(5);
    public static final Duration LONGEST = Duration.ofHours(24);
    public static final SyncInterval DEFAULT = new SyncInterval(Duration.ofMinutes(15));
    public static final SyncInterval MANUAL = new SyncInterval(null);
    public static final String MANUAL_TEXT = "Manual only";

    /** The choices offered in the field; any other time in range can be typed. */
    public static final List<SyncInterval> PRESETS = List.of(minutes(5), minutes(15), minutes(30), minutes(60),
            minutes(120), minutes(360), minutes(720), minutes(1440), MANUAL);

    private static final Pattern PART = Pattern.compile("(\\d{1,5})\\s*(minutes|minute|mins|min|m|hours|hour|hrs|hr|h)?");

    public SyncInterval {
        if (every != null && (every.compareTo(SHORTEST) < 0 || every.compareTo(LONGEST) > 0)) {
            throw new IllegalArgumentException("A sync interval is between 5 min and 24 h, not " + every);
        }
    }

    public static SyncInterval minutes(long minutes) {
        return new SyncInterval(Duration.ofMinutes(minutes));
    }

    public boolean manual() {
        return every == null;
    }

    public Optional<Duration> period() {
        return Optional.ofNullable(every);
    }

    /** As settings.json keeps it: whole minutes, 0 for manual only. */
    public int storedMinutes() {
        return every == null ? 0 : (int) every.toMinutes();
    }

    /** From settings.json: 0 is manual only; null, or a value out of range (an edited file), is the default. */
    public static SyncInterval fromStoredMinutes(Integer minutes) {
        if (minutes == null) {
            return DEFAULT;
        }
        if (minutes == 0) {
            return MANUAL;
        }
        Duration every = Duration.ofMinutes(minutes);
        return every.compareTo(SHORTEST) < 0 || every.compareTo(LONGEST) > 0 ? DEFAULT : new SyncInterval(every);
    }

    /** "15 min", "2 h", "1 h 30 min" or "Manual only". */
    public String text() {
        if (every == null) {
            return MANUAL_TEXT;
        }
        long hours = every.toHours();
        long minutes = every.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    /** A sentence for the screen: when accounts sync by themselves. */
    public String describe() {
        return every == null ? "Accounts sync only when you press Sync now."
                : "Accounts sync every " + text() + "; an offline one retries sooner (1, 2, 4 … min).";
    }

    /** The interval the user typed, or why it is not one. */
    public record Parsed(SyncInterval interval, String problem) {

        public boolean ok() {
            return interval != null;
        }
    }

    /**
     * Reads what the user typed: a preset's text, "manual", minutes ("45", "45 min", "45m"), hours ("2 h",
     * "2 hours") or both ("1 h 30 min").
     */
    public static Parsed parse(String text) {
        String input = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (input.startsWith("every ")) {
            input = input.substring(6).strip();
        }
        if (input.isEmpty()) {
            return new Parsed(null, "Choose how often to sync, or Manual only.");
        }
        if (input.equals("manual") || input.equals(MANUAL_TEXT.toLowerCase(Locale.ROOT)) || input.equals("off")
                || input.equals("never")) {
            return new Parsed(MANUAL, null);
        }
        Matcher part = PART.matcher(input);
        long minutes = 0;
        int at = 0;
        boolean any = false;
        while (at < input.length()) {
            if (!part.find(at) || part.start() != at) {
                return new Parsed(null, "Write a time like 15 min, 2 h or 1 h 30 min, or Manual only.");
            }
            long value = Long.parseLong(part.group(1));
            String unit = part.group(2);
            minutes += unit != null && unit.startsWith("h") ? value * 60 : value;
            any = true;
            at = part.end();
            while (at < input.length() && (input.charAt(at) == ' ' || input.charAt(at) == ',')) {
                at++;
            }
        }
        if (!any) {
            return new Parsed(null, "Write a time like 15 min, 2 h or 1 h 30 min, or Manual only.");
        }
        Duration every = Duration.ofMinutes(minutes);
        if (every.compareTo(SHORTEST) < 0) {
            return new Parsed(null, "Sync at most every 5 min (providers limit requests), or choose Manual only.");
        }
        if (every.compareTo(LONGEST) > 0) {
            return new Parsed(null, "Sync at least once every 24 h, or choose Manual only.");
        }
        return new Parsed(new SyncInterval(every), null);
    }
}
