package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --export, --import, --backup and --restore run in-process through {@link Cli} on real H2 stores. */
class DataCommandCliTest {

    @TempDir
    Path temp;

    private static final class NoWindow implements DesktopWindow {
        @Override
        public void launch(dev.quarterdeck.app.LaunchOptions options, Runnable onShown) {
            throw new AssertionError("no window for data commands");
        }

        @Override
        public void reveal() {
        }
    }

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HostEnvironment host = new HostEnvironment("Linux", temp.resolve("home"), "lea",
                Map.of("XDG_DATA_HOME", temp.resolve("xdg").toString()));
        Cli cli = new Cli(host, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new NoWindow(), new StoreSetup(host, Clock.systemUTC()), Duration.ofSeconds(2));
        int status = cli.run(List.of(args));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String dir(String name) {
        return temp.resolve(name).toString();
    }

    @Test
    void exportThenImportIntoAnEmptyStoreThenExportGivesTheSameRecords() throws Exception {
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");

        Result export = run("--data-dir", dir("a"), "--demo", "--export", "json", "--out", first.toString());
        assertThat(export.err()).isEmpty();
        assertThat(export.status()).isZero();
        assertThat(export.out()).contains("Demo workspace created").contains("5 projects, 77 tasks exported to");

        Result imported = run("--data-dir", dir("b"), "--import", first.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported first.json: ").contains("created");

        assertThat(run("--data-dir", dir("b"), "--export", "json", "--out", second.toString()).status()).isZero();
        assertThat(withoutExportTime(Files.readString(second))).isEqualTo(withoutExportTime(Files.readString(first)));
    }

    private static String withoutExportTime(String json) {
        return json.replaceFirst("\"exportedAt\": \"[^\"]+\"", "\"exportedAt\": \"…\"");
    }

    @Test
    void importIntoANonEmptyStoreNeedsMergeOrSkip() {
        Path file = temp.resolve("demo.json");
        run("--data-dir", dir("a"), "--demo", "--export", "json", "--out", file.toString());

        Result refused = run("--data-dir", dir("a"), "--import", file.toString());
        assertThat(refused.status()).isEqualTo(Cli.FAILURE);
        assertThat(refused.err()).contains("the store is not empty").endsWith(
                "quarterdeck: nothing imported from demo.json: 1 problem (use --merge or --skip-conflicts)"
                        + System.lineSeparator());

        Result skipped = run("--data-dir", dir("a"), "--import", file.toString(), "--skip-conflicts");
        assertThat(skipped.status()).isZero();
        assertThat(skipped.out()).contains("0 created").contains("skipped");

        Result merged = run("--data-dir", dir("a"), "--import", file.toString(), "--merge");
        assertThat(merged.status()).isZero();
        assertThat(merged.out()).contains("0 created, 0 updated");
    }

    @Test
    void everyBadCsvRowIsPrintedAndNothingIsImported() throws Exception {
        Path csv = temp.resolve("tasks.csv");
        Files.writeString(csv, "Title,Due\r\nGood,2026-03-05\r\nBad date,2026-02-30\r\n\"Unclosed,2026-03-06\r\n");

        Result result = run("--data-dir", dir("a"), "--import", csv.toString());

        assertThat(result.status()).isEqualTo(Cli.FAILURE);
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines.get(0)).startsWith("quarterdeck: tasks.csv: line 3");
        assertThat(lines).anyMatch(line -> line.contains("line 4"));
        assertThat(lines.get(lines.size() - 1)).startsWith("quarterdeck: nothing imported from tasks.csv: ");
        assertThat(run("--data-dir", dir("a"), "--export", "csv", "--out", dir("out")).out())
                .startsWith("0 projects, 0 tasks");
    }

    @Test
    void exportsOneProjectAsCsvZip() throws Exception {
        Path zip = temp.resolve("one.zip");
        run("--data-dir", dir("a"), "--demo", "--exit");
        Path json = temp.resolve("all.json");
        run("--data-dir", dir("a"), "--export", "json", "--out", json.toString());
        String code = Files.readString(json).replaceFirst("(?s).*?\"code\": \"([A-Z0-9]+)\".*", "$1");

        Result result = run("--data-dir", dir("a"), "--export", "csv", "--out", zip.toString(), "--project", code);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("1 project, ");
        assertThat(zip).isRegularFile();
        assertThat(run("--data-dir", dir("a"), "--export", "csv", "--out", zip.toString(), "--project", "NOPE")
                .err()).isEqualTo("quarterdeck: no project with code NOPE" + System.lineSeparator());
    }

    @Test
    void backupAndRestore() throws Exception {
        run("--data-dir", dir("a"), "--demo", "--exit");
        Result backup = run("--data-dir", dir("a"), "--backup");
        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backup written: ");
        Path file = Path.of(backup.out().substring("Backup written: ".length(), backup.out().indexOf(" (")));

        Path csv = temp.resolve("more.csv");
        Files.writeString(csv, "Title\r\nAdded after the backup\r\n");
        assertThat(run("--data-dir", dir("a"), "--import", csv.toString()).status()).isZero();

        Result restore = run("--data-dir", dir("a"), "--restore", file.toString());
        assertThat(restore.status()).as(restore.err()).isZero();
        Path json = temp.resolve("after.json");
        run("--data-dir", dir("a"), "--export", "json", "--out", json.toString());
        assertThat(Files.readString(json)).doesNotContain("Added after the backup");
    }

    @Test
    void badCombinationsAreUsageErrors() {
        assertThat(run("--export", "json").err()).contains("--export needs --out PATH");
        assertThat(run("--export", "xml", "--out", "x").err()).contains("'xml' is not a format");
        assertThat(run("--merge").err()).contains("--merge only works with --import");
        assertThat(run("--import", "a.json", "--merge", "--skip-conflicts").status()).isEqualTo(Cli.USAGE);
        assertThat(run("--import", "a.json", "--backup").err()).contains("choose one of");
        Result missing = run("--data-dir", dir("a"), "--import", dir("missing.json"));
        assertThat(missing.status()).isEqualTo(Cli.FAILURE);
        assertThat(missing.err()).contains("missing.json (no such file)");
    }
}
