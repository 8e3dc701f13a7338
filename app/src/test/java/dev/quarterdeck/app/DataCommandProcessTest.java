package dev.quarterdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data commands as users run them: a separate JVM, judged by exit status and output. */
class DataCommandProcessTest {

    @TempDir
    Path temp;

    @Test
    void exportAndImportInSeparateProcesses() throws Exception {
        Path file = temp.resolve("workspace.json");
        LauncherProcessTest.Result export = LauncherProcessTest.run(temp, Map.of(), "--data-dir",
                temp.resolve("a").toString(), "--demo", "--export", "json", "--out", file.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();
        assertThat(file).isRegularFile();
        Path log = temp.resolve("a").resolve("logs").resolve("quarterdeck.log");
        assertThat(log).as("the rolling log file in the data folder").isRegularFile();
        assertThat(Files.readString(log)).contains("INFO").contains("Store H2");

        LauncherProcessTest.Result imported = LauncherProcessTest.run(temp, Map.of(), "--data-dir",
                temp.resolve("b").toString(), "--import", file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported workspace.json: ");
        assertThat(imported.err()).isEmpty();
    }

    @Test
    void truncatedJsonFailsWithTheLineAndStatusOne() throws Exception {
        Path file = temp.resolve("cut.json");
        Files.writeString(file, "{\n  \"format\": \"quarterdeck-export\",\n  \"version\": 1,\n  \"projects\": [\n");

        LauncherProcessTest.Result result = LauncherProcessTest.run(temp, Map.of(), "--data-dir",
                temp.resolve("a").toString(), "--import", file.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("quarterdeck: cut.json: line ")
                .contains("quarterdeck: nothing imported from cut.json");
    }
}
