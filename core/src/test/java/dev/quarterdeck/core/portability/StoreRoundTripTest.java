package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's round trip through the real store: export → import into an empty store → export gives the same
 * bytes, apart from the export time (kept equal here).
 */
class StoreRoundTripTest {

    private static final Instant EXPORTED = Instant.parse("2026-03-03T12:00:00Z");
    private static final Actor IMPORT = Actor.system("import");

    @TempDir
    Path dataDir;

    @Test
    void demoWorkspaceExportImportExportIsIdentical() throws IOException {
        WorkspaceSnapshot demo = DemoWorkspace.create(LocalDate.of(2026, 3, 3), ZoneId.of("Europe/Berlin"),
                Instant.parse("2026-03-03T08:00:00Z"));

        assertRoundTrip(demo);
    }

    @Test
    void awkwardSampleExportImportExportIsIdentical() throws IOException {
        assertRoundTrip(SampleWorkspace.small());
    }

    private void assertRoundTrip(WorkspaceSnapshot workspace) throws IOException {
        byte[] first = export(workspace);
        ImportResult<WorkspaceSnapshot> read = new JsonImporter().read(new ByteArrayInputStream(first));
        assertThat(read.problems()).isEmpty();

        byte[] second;
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            assertThat(store.isEmpty()).isTrue();
            store.importSnapshot(IMPORT, read.value());
            second = export(store.snapshot());
        }

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
    }

    private static byte[] export(WorkspaceSnapshot workspace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(workspace, EXPORTED, out);
        return out.toByteArray();
    }
}
