package dev.quarterdeck.core.store;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistence of a workspace: H2 in the data folder, or PostgreSQL in team mode, with the same schema
 * (Flyway, {@code db/migration}) and the same DAOs. Thread-safe.
 *
 * <p>Reads go through the DAOs ({@code store.tasks().find(id)}), each call in its own short transaction.
 * Every change goes through {@link #write}, which runs in one transaction and records an audit event per
 * changed record.
 *
 * <p>Instants are stored with microsecond precision (what PostgreSQL keeps); finer parts are cut off.
 */
public final class Store implements StoreReader, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final int MAX_CONNECTIONS = 8;

    private final StoreConfig config;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<Class<?>, Object> daos = new ConcurrentHashMap<>();

    private Store(StoreConfig config, JdbcConnectionPool pool, Jdbi jdbi, Clock clock) {
        this.config = config;
        this.pool = pool;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Opens the store and brings its schema up to date. */
    public static Store open(StoreConfig config) {
        return open(config, Clock.systemUTC());
    }

    /**
     * Opens the store and brings its schema up to date; {@code clock} stamps audit events.
     *
     * @throws StoreException with a message for the user when the database cannot be reached, is in use by
     *                        another process, or cannot be migrated
     */
    public static Store open(StoreConfig config, Clock clock) {
        Require.present(config, "config");
        Require.present(clock, "clock");
        long started = System.nanoTime();
        try {
            FreshH2Database.createIfMissing(config);
        } catch (RuntimeException e) {
            throw StoreErrors.openFailed(config, e);
        }
        JdbcConnectionPool pool = connectionPool(config);
        try {
            SchemaVersion.migrate(pool);
            markOpened(pool, clock);
            Jdbi jdbi = Jdbi.create(pool);
            jdbi.installPlugin(new SqlObjectPlugin());
            StoreCodecs.register(jdbi);
            StoreMappers.register(jdbi);
            LOG.info("Store {} open in {} ms", config.describe(), (System.nanoTime() - started) / 1_000_000);
            return new Store(config, pool, jdbi, clock);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e instanceof StoreException se ? se : StoreErrors.openFailed(config, e);
        }
    }

    private static JdbcConnectionPool connectionPool(StoreConfig config) {
        JdbcConnectionPool pool;
        if (config.isH2()) {
            pool = JdbcConnectionPool.create(config.jdbcUrl(), config.user(), config.password());
        } else {
            PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
            postgres.setURL(config.jdbcUrl());
            postgres.setUser(config.user());
            postgres.setPassword(config.password());
            pool = JdbcConnectionPool.create(postgres);
        }
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /** For tests in this package that need plain SQL (query plans, fault injection). */
    Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Records the opening in store_state, as the first commit of the session. On H2 2.5.252 this write is
     * load-bearing: in a stress version of CrashTest (space reuse still on) the first commit after opening the
     * file was lost in about one kill in five once the file had some history, even with the process idle when
     * killed, while a second commit never was (0 of 110). Spending the first commit on bookkeeping keeps every
     * user commit durable; it stays now that chunks are appended, for one small write per open.
     */
    private static void markOpened(JdbcConnectionPool pool, Clock clock) {
        try (Connection connection = pool.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE store_state SET last_opened_at = ?, open_count = open_count + 1 WHERE id = 1")) {
            update.setObject(1, OffsetDateTime.ofInstant(StoreCodecs.toStored(clock.instant()), ZoneOffset.UTC));
            if (update.executeUpdate() != 1) {
                throw new StoreException("The store's bookkeeping row is missing (table store_state)");
            }
        } catch (SQLException e) {
            throw new UnableToOpen(e);
        }
    }

    /** Carries an SQL failure during open to {@link StoreErrors#openFailed}. */
    private static final class UnableToOpen extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnableToOpen(SQLException cause) {
            super(cause);
        }
    }

    /** When the store was last opened, and how many times it has been opened. */
    public record OpenStats(Instant lastOpenedAt, long openCount) {
    }

    public OpenStats openStats() {
        return read(handle -> handle.createQuery("SELECT last_opened_at, open_count FROM store_state WHERE id = 1")
                .map((r, ctx) -> new OpenStats(StoreCodecs.instant(r, "last_opened_at"), r.getLong("open_count")))
                .one());
    }

    public StoreConfig config() {
        return config;
    }

    /** True when the workspace has no projects and no tasks (a first run). */
    public boolean isEmpty() {
        return read(handle -> handle.createQuery("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM projects) OR EXISTS (SELECT 1 FROM tasks)
                            THEN FALSE ELSE TRUE END
                """).mapTo(Boolean.class).one());
    }

    /**
     * Runs {@code work} in one transaction stamped with {@code actor}: everything it writes, audit events
     * included, is committed together when it returns, and rolled back when it throws. Do not call
     * {@code write} again from inside {@code work}.
     *
     * @throws StaleRecordException when an update or delete was based on an outdated version
     * @throws StoreException       when the database refuses a write; anything {@code work} throws itself
     *                              is rethrown unchanged after the rollback
     */
    public <R> R write(Actor actor, StoreWriter<R> work) {
        Require.present(actor, "actor");
        Require.present(work, "work");
        try {
            return jdbi.inTransaction(handle -> work.work(new StoreTransaction(handle, actor, clock)));
        } catch (StoreException e) {
            throw e;
        } catch (JdbiException e) {
            throw StoreErrors.failed("save the change", e);
        }
    }

    /**
     * Writes every record of the snapshot in one transaction, merging by id: new records are inserted, stored
     * ones that differ are replaced (stored version + 1), equal ones are left alone. Each insert or replace is
     * audited with {@code actor}.
     */
    public ImportResult importSnapshot(Actor actor, WorkspaceSnapshot snapshot) {
        Require.present(snapshot, "snapshot");
        return write(actor, tx -> SnapshotImport.run(tx, snapshot));
    }

    /** Every user record, read in one repeatable-read transaction so the lists agree with each other. */
    public WorkspaceSnapshot snapshot() {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                handle -> SnapshotImport.read(new StoreTransaction(handle, Actor.system("snapshot"), clock)));
    }

    /**
     * Runs several reads on one connection in one read-committed transaction: cheaper than one short transaction per
     * DAO call (each of which takes a pooled connection and commits), e.g. for the focus lanes after every tick.
     */
    public <R> R readTogether(java.util.function.Function<StoreReader, R> reads) {
        Require.present(reads, "reads");
        return read(handle -> handle.inTransaction(h -> reads.apply(
                new StoreTransaction(h, Actor.system("read"), clock))));
    }

    /**
     * Checks that every table can be read and that no row refers to a missing one. Returns the problems
     * found, empty when the store is sound.
     */
    public List<String> integrityCheck() {
        return read(IntegrityCheck::run);
    }

    /**
     * Writes an online, consistent copy of the H2 database into the zip file {@code zip} (H2's {@code BACKUP TO}:
     * a snapshot of committed data, taken while the store stays open and writable). Replaces an existing file.
     *
     * @throws UnsupportedOperationException in team mode: a PostgreSQL server is backed up by its administrator
     */
    public void backupTo(java.nio.file.Path zip) {
        Require.present(zip, "zip");
        if (!config.isH2()) {
            throw new UnsupportedOperationException("Team mode: Quarterdeck backs up only its own H2 file; back up "
                    + "the PostgreSQL database with the server's tools (pg_dump)");
        }
        String literal = zip.toAbsolutePath().toString().replace("'", "''");
        read(handle -> handle.execute("BACKUP TO '" + literal + "'"));
    }

    private <R> R read(org.jdbi.v3.core.HandleCallback<R, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw StoreErrors.failed("read the store", e);
        }
    }

    // ---- reads, each call in its own short transaction

    @Override
    public ProjectDao projects() {
        return dao(ProjectDao.class);
    }

    @Override
    public TaskDao tasks() {
        return dao(TaskDao.class);
    }

    @Override
    public TaskLinkDao links() {
        return dao(TaskLinkDao.class);
    }

    @Override
    public RiskDao risks() {
        return dao(RiskDao.class);
    }

    @Override
    public MilestoneDao milestones() {
        return dao(MilestoneDao.class);
    }

    @Override
    public RiskLinkDao riskLinks() {
        return dao(RiskLinkDao.class);
    }

    @Override
    public MilestoneTaskDao milestoneTasks() {
        return dao(MilestoneTaskDao.class);
    }

    @Override
    public StakeholderDao stakeholders() {
        return dao(StakeholderDao.class);
    }

    @Override
    public BudgetLineDao budgetLines() {
        return dao(BudgetLineDao.class);
    }

    @Override
    public TransactionDao transactions() {
        return dao(TransactionDao.class);
    }

    @Override
    public DocumentDao documents() {
        return dao(DocumentDao.class);
    }

    @Override
    public SourceItemDao sourceItems() {
        return dao(SourceItemDao.class);
    }

    @Override
    public ConnectorAccountDao connectorAccounts() {
        return dao(ConnectorAccountDao.class);
    }

    @Override
    public ProposalDao proposals() {
        return dao(ProposalDao.class);
    }

    @Override
    public ExecutionLogDao executionLogs() {
        return dao(ExecutionLogDao.class);
    }

    @Override
    public AgentRunDao agentRuns() {
        return dao(AgentRunDao.class);
    }

    @Override
    public PreferenceDao preferences() {
        return dao(PreferenceDao.class);
    }

    @Override
    public PreferenceSignalDao preferenceSignals() {
        return dao(PreferenceSignalDao.class);
    }

    @Override
    public BriefingDao briefings() {
        return dao(BriefingDao.class);
    }

    @Override
    public AuditDao audit() {
        return dao(AuditDao.class);
    }

    /**
     * On-demand DAOs, made on first use (building one costs reflection that start-up need not pay) and wrapped
     * so that a failing read throws {@link StoreException} like the rest of the store.
     */
    private <D> D dao(Class<D> type) {
        return type.cast(daos.computeIfAbsent(type, t -> ReadFailures.translating(type, jdbi.onDemand(type))));
    }

    /**
     * Closes every connection; for H2 this closes the database file, compacting it first when it is mostly dead
     * space (see {@link H2Compaction}). Finish or stop all work on the store before closing it.
     */
    @Override
    public void close() {
        if (config.isH2()) {
            try {
                H2Compaction.closeCompactingIfWorthIt(jdbi, pool);
            } catch (RuntimeException | SQLException e) {
                // The data is safe either way; a failed compaction only leaves the file larger.
                LOG.warn("Could not compact the store {}: {}", config.describe(), e.getMessage());
            }
        }
        pool.dispose();
        LOG.info("Store {} closed", config.describe());
    }
}
