package dev.quarterdeck.core.connector;

public enum ConnectorStatus {
    NOT_CONNECTED, CONNECTED, SYNCING, RECONNECT_NEEDED, OFFLINE, ERROR
}
