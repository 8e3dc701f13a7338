package dev.quarterdeck.core.agent;

public enum ProposalKind {
    CREATE_TASK, CHANGE_HORIZON, CHANGE_PRIORITY, LINK_TASKS, ASSIGN_PROJECT, ADD_RISK, UPDATE_RISK, DRAFT_MESSAGE
}
