package dev.quarterdeck.core.audit;

import dev.quarterdeck.core.common.Require;

/** Who made a change: the user, a named agent, a named connector, or the system (migrations, demo, import). */
public record Actor(Kind kind, String name) {

    public enum Kind {
        USER, AGENT, CONNECTOR, SYSTEM
    }

    public static final Actor USER = new Actor(Kind.USER, "user");

    public Actor {
        Require.present(kind, "kind");
        name = Require.text(name, "name", 60);
    }

    public static Actor agent(String name) {
        return new Actor(Kind.AGENT, name);
    }

    public static Actor connector(String name) {
        return new Actor(Kind.CONNECTOR, name);
    }

    public static Actor system(String name) {
        return new Actor(Kind.SYSTEM, name);
    }
}
