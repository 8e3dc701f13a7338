package dev.quarterdeck.core.briefing;

public enum BriefingKind {
    MORNING, MIDDAY, EVENING, WEEKLY
}
