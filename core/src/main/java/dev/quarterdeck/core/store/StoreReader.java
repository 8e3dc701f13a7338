package dev.quarterdeck.core.store;

/**
 * The read side of the store, one DAO per record kind. {@link Store} reads each call in its own short
 * transaction; {@link StoreTransaction} reads inside the write transaction (and sees its own writes).
 */
public interface StoreReader {

    ProjectDao projects();

    TaskDao tasks();

    TaskLinkDao links();

    RiskDao risks();

    RiskLinkDao riskLinks();

    MilestoneDao milestones();

    MilestoneTaskDao milestoneTasks();

    StakeholderDao stakeholders();

    BudgetLineDao budgetLines();

    TransactionDao transactions();

    DocumentDao documents();

    SourceItemDao sourceItems();

    ConnectorAccountDao connectorAccounts();

    ProposalDao proposals();

    ExecutionLogDao executionLogs();

    AgentRunDao agentRuns();

    PreferenceDao preferences();

    PreferenceSignalDao preferenceSignals();

    BriefingDao briefings();

    AuditDao audit();
}
