package dev.quarterdeck.core.diagnostics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the "Export diagnostics" zip: {@code about.txt} (version, system, store figures, connectors, agent runs,
 * sync history), the log files of {@code <data folder>/logs} and {@code settings.json}, each passed through
 * {@link Redaction}. Never includes the database, the secret store or the backups.
 */
public final class DiagnosticsArchive {

    /** The log files and settings file of a data folder. */
    public record Sources(Path logFolder, Path settingsFile) {
        public static Sources of(Path dataDir) {
            return new Sources(dataDir.resolve("logs"), dataDir.resolve("settings.json"));
        }
    }

    private DiagnosticsArchive() {
    }

    /**
     * @param about lines such as "version" → "0.1.0", written first into about.txt
     */
    public static void write(Path zip, Sources sources, Map<String, String> about, DiagnosticsSnapshot snapshot)
            throws IOException {
        Path parent = zip.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + zip.getFileName(), ".part");
        try {
            try (OutputStream file = Files.newOutputStream(temp);
                    ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                StringBuilder text = new StringBuilder();
                about.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
                text.append('\n').append(snapshot == null ? "Store: not open\n" : snapshot.describe());
                entry(out, "about.txt", Redaction.text(text.toString()));
                if (Files.isRegularFile(sources.settingsFile())) {
                    entry(out, "settings.json", Redaction.json(Files.readString(sources.settingsFile())));
                }
                for (Path log : logFiles(sources.logFolder())) {
                    String content = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
                    entry(out, "logs/" + log.getFileName(), Redaction.text(content));
                }
            }
            Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The log files, current first. */
    public static List<Path> logFiles(Path folder) throws IOException {
        List<Path> logs = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return logs;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.log")) {
            files.forEach(logs::add);
        }
        logs.sort(null);
        return logs;
    }

    /** The last {@code count} lines of the current log, redacted, for the Diagnostics view. */
    public static List<String> recentLines(Path logFile, int count) throws IOException {
        if (!Files.isRegularFile(logFile)) {
            return List.of();
        }
        // Decoded leniently: a log cut off mid-character must still show.
        List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
        return lines.subList(Math.max(0, lines.size() - count), lines.size()).stream().map(Redaction::text).toList();
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
