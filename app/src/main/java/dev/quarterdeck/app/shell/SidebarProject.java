package dev.quarterdeck.app.shell;

import java.util.List;
import java.util.UUID;

/** A project as the sidebar lists it: name, code and health (level GREEN, AMBER or RED, and why). */
public record SidebarProject(UUID id, String code, String name, String healthLevel, List<String> healthReasons) {

    public SidebarProject {
        healthReasons = List.copyOf(healthReasons);
    }
}
