package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.agent.DayPlan.Block;

/** Plan blocks as one-line text, for assertions that read like the plan. */
final class DemoFixtureLines {

    private DemoFixtureLines() {
    }

    static String line(Block block) {
        return block.start() + "-" + block.end() + " " + block.kind() + " " + block.title() + " " + block.part() + "/"
                + block.parts() + " " + block.projectCode();
    }
}
