package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.NOW;
import static dev.quarterdeck.core.agent.DemoFixture.USER;
import static dev.quarterdeck.core.agent.DemoFixture.ZONE;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The demo workspace in a fresh H2 store, with the user's name set, and a clock that the test moves. */
final class StoredDemo implements AutoCloseable {

    final Store store;
    private Instant now = NOW;

    StoredDemo(Path dir) {
        store = Store.open(StoreConfig.h2File(dir));
        store.importSnapshot(Actor.system("demo"), DEMO);
        store.write(Actor.USER, tx -> tx.put(new Preference(PreferenceModel.USER_NAME, USER, NOW)));
    }

    /** A fixed clock at the current test time, in the demo's zone. */
    Clock clock() {
        return Clock.fixed(now, ZONE);
    }

    /** Moves the test time on, so that runs and decisions get distinct times. */
    void advance(Duration by) {
        now = now.plus(by);
    }

    AgentService agents() {
        return new AgentService(store);
    }

    ProposalExecutor executor() {
        return new ProposalExecutor(store, clock());
    }

    AgentService.RunSummary run() {
        advance(Duration.ofMinutes(1));
        return agents().run(clock(), () -> false);
    }

    List<Proposal> pending(ProposalKind kind) {
        return agents().pending().stream().filter(p -> p.kind() == kind).toList();
    }

    @Override
    public void close() {
        store.close();
    }
}
