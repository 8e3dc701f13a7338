package dev.quarterdeck.core.task;

/** When the user means to do a task; the focus lanes are the first three. */
public enum Horizon {
    TODAY, WEEK, MONTH, LATER
}
