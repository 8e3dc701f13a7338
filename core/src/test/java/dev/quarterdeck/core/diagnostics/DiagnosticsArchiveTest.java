package dev.quarterdeck.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsArchiveTest {

    private static final String GITHUB_TOKEN = "ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
    private static final String GOOGLE_TOKEN = "ya29.a0AfB_byC-planted-access-token-value";
    private static final String PASSWORD = "hunter2-planted";

    @TempDir
    Path dataDir;

    @Test
    void plantedSecretsAreAbsentFromTheArchive() throws IOException {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"theme": "DARK", "jiraApiToken": "%s", "nested": {"clientSecret": "%s"},
                 "note": "see %s"}
                """.formatted(PASSWORD, PASSWORD, GITHUB_TOKEN));
        Files.createDirectories(dataDir.resolve("logs"));
        Files.writeString(dataDir.resolve("logs").resolve("quarterdeck.log"), String.join("\n",
                "04:00:01 INFO GitHub sync with Authorization: Bearer " + GITHUB_TOKEN,
                "04:00:02 WARN Google refused ya-token " + GOOGLE_TOKEN,
                "04:00:03 INFO connecting jdbc:postgresql://db/q?user=qd&password=" + PASSWORD,
                "04:00:04 INFO https://lea:" + PASSWORD + "@jira.example.com/rest",
                "04:00:05 INFO synced 40 items in 812 ms"));
        Path zip = dataDir.resolve("out").resolve("diagnostics.zip");
        Map<String, String> about = new LinkedHashMap<>();
        about.put("version", "0.1.0");
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            DiagnosticsArchive.write(zip, DiagnosticsArchive.Sources.of(dataDir), about,
                    DiagnosticsSnapshot.read(store, 20));
        }

        Map<String, String> entries = read(zip);
        assertThat(entries).containsKeys("about.txt", "settings.json", "logs/quarterdeck.log");
        String all = String.join("\n", entries.values());
        assertThat(all).doesNotContain(GITHUB_TOKEN, GOOGLE_TOKEN, PASSWORD);
        assertThat(entries.get("settings.json")).contains("DARK").contains(Redaction.MASK);
        assertThat(entries.get("logs/quarterdeck.log")).contains("synced 40 items in 812 ms");
        assertThat(entries.get("about.txt")).contains("version: 0.1.0").contains("Store: H2 ");
        assertThat(entries.keySet()).noneMatch(name -> name.endsWith(".mv.db"));
    }

    @Test
    void recentLinesAreRedactedToo() throws IOException {
        Path log = dataDir.resolve("q.log");
        Files.writeString(log, "one\ntwo token=" + PASSWORD + "\nthree\n");
        assertThat(DiagnosticsArchive.recentLines(log, 2)).containsExactly("two token=" + Redaction.MASK, "three");
    }

    private static Map<String, String> read(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
