package dev.quarterdeck.core.project;

/** Project priority, used by the prioritiser as part of a task's importance. */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
