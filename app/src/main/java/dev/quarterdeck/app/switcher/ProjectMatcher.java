package dev.quarterdeck.app.switcher;

import dev.quarterdeck.core.project.Project;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds projects for a typed query: by code or by name, case-insensitive. A code that starts with the query
 * ranks first, then names that start with it, then names containing it anywhere. "#KUBE" works like "KUBE".
 */
public final class ProjectMatcher {

    private ProjectMatcher() {
    }

    public static List<Project> match(List<Project> projects, String query) {
        String needle = normalise(query);
        if (needle.isEmpty()) {
            return List.of();
        }
        return projects.stream()
                .filter(p -> rank(p, needle) < Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt((Project p) -> rank(p, needle)).thenComparing(Project::name))
                .toList();
    }

    static String normalise(String query) {
        String text = query == null ? "" : query.strip();
        return (text.startsWith("#") ? text.substring(1) : text).toLowerCase(Locale.ROOT);
    }

    private static int rank(Project project, String needle) {
        String code = project.code().toLowerCase(Locale.ROOT);
        String name = project.name().toLowerCase(Locale.ROOT);
        if (code.startsWith(needle)) {
            return 0;
        }
        if (name.startsWith(needle)) {
            return 1;
        }
        if (name.contains(needle) || code.contains(needle)) {
            return 2;
        }
        return Integer.MAX_VALUE;
    }
}
