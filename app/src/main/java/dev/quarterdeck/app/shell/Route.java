package dev.quarterdeck.app.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the content area points: a section, or one project's page (which belongs to the Projects section).
 */
public record Route(Section section, UUID projectId) {

    public static final Route FOCUS = new Route(Section.FOCUS, null);

    public Route {
        Objects.requireNonNull(section, "section");
        if (projectId != null && section != Section.PROJECTS) {
            throw new IllegalArgumentException("a project page belongs to the Projects section");
        }
    }

    public static Route of(Section section) {
        return new Route(section, null);
    }

    public static Route project(UUID projectId) {
        return new Route(Section.PROJECTS, Objects.requireNonNull(projectId, "projectId"));
    }

    public Optional<UUID> project() {
        return Optional.ofNullable(projectId);
    }

    public boolean isProjectPage() {
        return projectId != null;
    }
}
