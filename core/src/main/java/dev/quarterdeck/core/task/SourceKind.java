package dev.quarterdeck.core.task;

/** Where a task or source item came from. MANUAL means the user typed it. */
public enum SourceKind {
    MANUAL, GMAIL, CALENDAR, DRIVE, GITHUB, JIRA, FILE, AGENT
}
