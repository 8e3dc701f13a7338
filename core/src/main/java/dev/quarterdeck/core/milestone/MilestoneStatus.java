package dev.quarterdeck.core.milestone;

public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
