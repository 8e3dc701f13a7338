package dev.quarterdeck.core.risk;

public enum RiskStatus {
    OPEN, MITIGATING, ACCEPTED, CLOSED, OCCURRED;

    public boolean isActive() {
        return this == OPEN || this == MITIGATING || this == ACCEPTED;
    }
}
