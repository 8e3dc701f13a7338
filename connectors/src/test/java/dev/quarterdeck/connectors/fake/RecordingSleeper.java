package dev.quarterdeck.connectors.fake;

import dev.quarterdeck.connectors.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records every wait instead of sleeping and moves the test clock on by it. */
public final class RecordingSleeper implements Sleeper {

    private final ManualClock clock;
    private final List<Duration> waits = new ArrayList<>();

    public RecordingSleeper(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
