package dev.quarterdeck.app.instance;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** One way for launches on the same data folder to find each other. */
interface Transport {

    /**
     * Knocks at this transport's endpoint, if one is recorded in the data folder. Empty when nothing is there;
     * an endpoint nobody listens on any more (left by a crash) is removed on the way.
     */
    Optional<Reply> knock(Knock knock, Duration timeout) throws IOException;

    /** Starts listening, or empty when this transport cannot work here (path too long, no support). */
    Optional<InstanceServer> listen(InstanceRole role, Duration timeout) throws IOException;

    /** The file in the data folder that records the endpoint, for messages. */
    String describe();
}
