package dev.quarterdeck.core.agent;

public enum ProposalStatus {
    PENDING, APPROVED, EDITED_AND_APPROVED, REJECTED, UNDONE
}
