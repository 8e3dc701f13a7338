package dev.quarterdeck.core.task;

public enum LinkOrigin {
    USER, CONNECTOR, AGENT
}
