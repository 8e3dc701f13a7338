package dev.quarterdeck.core.project;

public enum ProjectStatus {
    PROPOSED, ACTIVE, ON_HOLD, COMPLETED, CANCELLED;

    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE || this == ON_HOLD;
    }
}
