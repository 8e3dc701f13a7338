package dev.quarterdeck.app.instance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the instance that holds the data folder answers later launches. Called on the server's own threads. */
@FunctionalInterface
public interface InstanceRole {

    Reply answer(Knock knock);

    /** A running window: a reveal request raises it. {@code reveal} must be callable from any thread. */
    static InstanceRole window(Runnable reveal) {
        Logger log = LoggerFactory.getLogger(InstanceRole.class);
        return knock -> {
            if (knock != Knock.REVEAL) {
                return Reply.ALIVE;
            }
            try {
                reveal.run();
                return Reply.REVEALED;
            } catch (RuntimeException e) {
                log.warn("Could not bring the window to the front", e);
                return Reply.ALIVE;
            }
        };
    }

    /** A headless command: no window to show, it will end by itself. */
    static InstanceRole headless() {
        return knock -> Reply.BUSY;
    }
}
