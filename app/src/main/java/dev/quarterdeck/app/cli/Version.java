package dev.quarterdeck.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The application version: the jar manifest's {@code Implementation-Version} when running from the jar, else
 * {@code version.properties}, which Maven fills in at build time (running from {@code target/classes}).
 */
public final class Version {

    static final String RESOURCE = "version.properties";

    private Version() {
    }

    public static String current() {
        return fromManifest(Version.class.getPackage()).or(Version::fromResource).orElse("unknown");
    }

    static Optional<String> fromManifest(Package pkg) {
        return Optional.ofNullable(pkg).map(Package::getImplementationVersion).filter(Version::isResolved);
    }

    static Optional<String> fromResource() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version")).filter(Version::isResolved);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Rejects blanks and a placeholder that Maven did not filter. */
    private static boolean isResolved(String version) {
        return !version.isBlank() && !version.contains("${");
    }
}
