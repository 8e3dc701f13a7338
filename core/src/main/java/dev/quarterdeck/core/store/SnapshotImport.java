package dev.quarterdeck.core.store;

import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.List;

/** Moves a whole {@link WorkspaceSnapshot} into and out of the store, parents before children. */
final class SnapshotImport {

    private SnapshotImport() {
    }

    static ImportResult run(StoreTransaction tx, WorkspaceSnapshot s) {
        Counter counter = new Counter();
        counter.mergeAll(tx, Tables.PROJECTS, s.projects());
        counter.mergeAll(tx, Tables.TASKS, s.tasks());
        counter.mergeAll(tx, Tables.TASK_LINKS, s.links());
        counter.mergeAll(tx, Tables.RISKS, s.risks());
        counter.mergeAll(tx, Tables.MILESTONES, s.milestones());
        counter.mergeAll(tx, Tables.MILESTONE_TASKS, s.milestoneTasks());
        counter.mergeAll(tx, Tables.STAKEHOLDERS, s.stakeholders());
        counter.mergeAll(tx, Tables.BUDGET_LINES, s.budgetLines());
        counter.mergeAll(tx, Tables.TRANSACTIONS, s.transactions());
        counter.mergeAll(tx, Tables.DOCUMENTS, s.documents());
        counter.mergeAll(tx, Tables.SOURCE_ITEMS, s.sourceItems());
        counter.mergeAll(tx, Tables.RISK_LINKS, s.riskLinks());
        return new ImportResult(counter.created, counter.updated, counter.unchanged);
    }

    static WorkspaceSnapshot read(StoreReader reader) {
        return new WorkspaceSnapshot(reader.projects().list(), reader.tasks().listAll(), reader.links().listAll(),
                reader.risks().listAll(), reader.milestones().listAll(), reader.milestoneTasks().listAll(),
                reader.stakeholders().listAll(), reader.budgetLines().listAll(), reader.transactions().listAll(),
                reader.documents().listAll(), reader.sourceItems().listAll(), reader.riskLinks().listAll());
    }

    private static final class Counter {
        int created;
        int updated;
        int unchanged;

        <T, W> void mergeAll(StoreTransaction tx, Table<T, W> table, List<T> records) {
            for (T record : records) {
                switch (tx.merge(table, record)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }
    }
}
