package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A workspace of benchmark size goes through export and import intact. Speed is measured by the benchmark command. */
class LargeWorkspaceRoundTripTest {

    @Test
    void tenThousandTasksSurviveExportAndImport() throws IOException {
        WorkspaceSnapshot workspace = SampleWorkspace.large(10_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(workspace, Instant.parse("2026-03-03T12:00:00Z"), out);

        ImportResult<WorkspaceSnapshot> imported = new JsonImporter().read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.value().tasks()).hasSize(10_000);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new JsonExporter().write(imported.value(), Instant.parse("2026-03-03T12:00:00Z"), again);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    }
}
