package dev.quarterdeck.core.task;

public enum TaskStatus {
    TODO, DOING, WAITING, DONE, CANCELLED;

    public boolean isOpen() {
        return this == TODO || this == DOING || this == WAITING;
    }
}
