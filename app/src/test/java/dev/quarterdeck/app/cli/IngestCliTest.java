package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --ingest FILE} and {@code --sync} through the real command line, on a real store in a temp folder. */
class IngestCliTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        HostEnvironment host = new HostEnvironment("Linux", temp.resolve("home"), "lea", Map.of());
        DesktopWindow noWindow = new DesktopWindow() {
            @Override
            public void launch(LaunchOptions options, Runnable onShown) {
                throw new AssertionError("no window for connector commands");
            }

            @Override
            public void reveal() {
            }
        };
        List<String> all = new ArrayList<>(List.of("--data-dir", temp.resolve("data").toString()));
        all.addAll(List.of(args));
        return new Cli(host, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), noWindow, options -> "unused",
                Duration.ofSeconds(2)).run(all);
    }

    @Test
    void importsACsvFilePrintsTheCountsAndASecondImportChangesNothing() throws Exception {
        Path file = Files.writeString(temp.resolve("items.csv"), """
                kind,ref,title,body,sender_address,sender_name,created,due,thread,references,url,start,end,project,status
                jira,OPS-7,Renew the wildcard certificate,,,,2026-11-20T09:00:00Z,2026-11-30,,,,,,,
                gmail,m-1,[JIRA] (OPS-7) Renew the wildcard certificate,,jira@acme.example,Jira,2026-11-20T09:05:00Z,,,,,,,,
                file,todo-1,Call the landlord about the keys,Before Friday,,,2026-11-19T08:00:00Z,,,OPS-7,,,,,
                """);

        int first = run("--ingest", file.toString());
        String firstOut = out.toString(StandardCharsets.UTF_8);
        int second = run("--ingest", file.toString());

        assertThat(first).isZero();
        assertThat(firstOut).isEqualTo("Imported items.csv: 3 created, 0 updated, 2 linked (0 unchanged, 1 duplicate, "
                + "0 closed)\n");
        assertThat(second).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Imported items.csv: 0 created, 0 updated, 0 linked");
        try (Store store = Store.open(StoreConfig.h2File(temp.resolve("data")))) {
            assertThat(store.tasks().count()).isEqualTo(3);
        }
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndReasonAndChangesNothing() throws Exception {
        Path file = Files.writeString(temp.resolve("items.json"), """
                {"items": [
                  {"kind": "jira", "ref": "OPS-1", "title": "Fine", "created": "2026-11-20T09:00:00Z"},
                  {"kind": "jira", "ref": "OPS-2", "title": "Bad due", "created": "2026-11-20T09:00:00Z",
                   "due": "next week"},
                  {"kind": "slack", "ref": "x", "title": "Unknown kind", "created": "2026-11-20T09:00:00Z"}
                ]}
                """);

        int status = run("--ingest", file.toString());

        assertThat(status).isEqualTo(Cli.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing was changed")
                .contains("items.json:line 3: due \"next week\" is not a date (YYYY-MM-DD)")
                .contains("items.json:line 5: kind \"slack\" is not one of gmail, calendar, drive, github, jira, file");
        try (Store store = Store.open(StoreConfig.h2File(temp.resolve("data")))) {
            assertThat(store.tasks().count()).isZero();
        }
    }

    @Test
    void syncWithoutAccountsSaysSo() {
        assertThat(run("--sync")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "No connected accounts to sync (add one in the Connectors view).\n");
    }
}
