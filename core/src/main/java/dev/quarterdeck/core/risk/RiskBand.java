package dev.quarterdeck.core.risk;

/** Bands of likelihood × impact: low 1–4, medium 5–9, high 10–16, critical 20–25. */
public enum RiskBand {
    LOW, MEDIUM, HIGH, CRITICAL;

    public static RiskBand of(int score) {
        if (score < 1 || score > 25) {
            throw new IllegalArgumentException("risk score must be between 1 and 25, was " + score);
        }
        if (score <= 4) {
            return LOW;
        }
        if (score <= 9) {
            return MEDIUM;
        }
        if (score <= 16) {
            return HIGH;
        }
        return CRITICAL;
    }

    /** Text that goes with the band's colour, never colour alone. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
