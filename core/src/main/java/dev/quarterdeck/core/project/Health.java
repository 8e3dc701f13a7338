package dev.quarterdeck.core.project;

import dev.quarterdeck.core.common.Require;
import java.util.List;
import java.util.Locale;

/**
 * A project's traffic light and why, in plain English ("1 milestone slipping (M2 Lease signed, 4 d)"). The most
 * severe reasons come first; there is always at least one reason, so a tooltip never shows a bare colour.
 */
public record Health(Level level, List<String> reasons) {

    public enum Level {
        GREEN, AMBER, RED;

        /** Text that goes with the colour, never colour alone. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Health {
        Require.present(level, "level");
        reasons = List.copyOf(Require.present(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a health needs at least one reason");
        }
    }

    /** "amber — 1 milestone slipping (M2 Lease signed, 4 d), budget +12 % on Removals". */
    public String summary() {
        return level.label() + " — " + String.join(", ", reasons);
    }
}
