package dev.quarterdeck.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the host the command line depends on, injected so that Windows and macOS rules can be tested on
 * Linux.
 *
 * @param osName    the {@code os.name} system property
 * @param userHome  the user's home folder
 * @param userName  the operating-system user name
 * @param variables the environment variables
 */
public record HostEnvironment(String osName, Path userHome, String userName, Map<String, String> variables) {

    public HostEnvironment {
        variables = Map.copyOf(variables);
    }

    public static HostEnvironment current() {
        return new HostEnvironment(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                System.getProperty("user.name", ""), System.getenv());
    }

    /** An environment variable; unset and blank are the same, as shells make it easy to set one empty. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    public boolean isWindows() {
        return osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    public boolean isMac() {
        String name = osName.toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("mac") || name.contains("darwin");
    }
}
