package dev.quarterdeck.app.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Where Quarterdeck keeps its settings, H2 database, logs and instance socket. Precedence: {@code --data-dir},
 * then {@code QUARTERDECK_DATA}, then the platform's per-user data location.
 */
public final class DataFolder {

    public static final String VARIABLE = "QUARTERDECK_DATA";

    /** Owner-only: the folder holds the database, settings and the instance socket and port token. */
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private DataFolder() {
    }

    /** Decides the folder without touching the disk. Relative overrides are taken from the working directory. */
    public static Path resolve(Optional<Path> fromCommandLine, HostEnvironment host) {
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.get().toAbsolutePath().normalize();
        }
        Optional<String> override = host.variable(VARIABLE);
        if (override.isPresent()) {
            return Path.of(override.get()).toAbsolutePath().normalize();
        }
        return platformDefault(host);
    }

    static Path platformDefault(HostEnvironment host) {
        if (host.isWindows()) {
            return host.variable("APPDATA").map(Path::of)
                    .orElseGet(() -> host.userHome().resolve("AppData").resolve("Roaming"))
                    .resolve("Quarterdeck");
        }
        if (host.isMac()) {
            return host.userHome().resolve("Library").resolve("Application Support").resolve("Quarterdeck");
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        return host.variable("XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute)
                .orElseGet(() -> host.userHome().resolve(".local").resolve("share"))
                .resolve("quarterdeck");
    }

    /**
     * Creates the folder if it is missing, readable by its owner only on POSIX file systems. An existing folder
     * is used as it is: its permissions are the user's choice.
     */
    public static Path ensureExists(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        if (Files.exists(folder)) {
            throw new IOException("the data folder " + folder + " exists but is not a folder");
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException raced) {
            if (Files.isDirectory(folder)) {
                return folder;
            }
            throw new IOException("the data folder " + folder + " exists but is not a folder", raced);
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (posix != null) {
            // Set after creation rather than as a create attribute, so that the umask cannot widen or narrow it.
            posix.setPermissions(OWNER_ONLY);
        }
        return folder;
    }
}
