package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.LaunchOptions;

/** The work of {@code --exit}: prepare the store without a window. */
@FunctionalInterface
public interface HeadlessSetup {

    /** Runs while this launch holds the data folder; returns the one summary line to print. */
    String run(LaunchOptions options) throws Exception;
}
