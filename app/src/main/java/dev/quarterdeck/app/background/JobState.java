package dev.quarterdeck.app.background;

public enum JobState {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isFinished() {
        return this != RUNNING;
    }
}
