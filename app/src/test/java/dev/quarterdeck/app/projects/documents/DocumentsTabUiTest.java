package dev.quarterdeck.app.projects.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.projects.registers.TabHarness;
import dev.quarterdeck.core.document.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Attaching files to a demo project: copied with their hash, text extracted off the FX thread and previewed. */
class DocumentsTabUiTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;

    @RegisterExtension
    final TabHarness harness = new TabHarness();

    private final FxRobot robot = new FxRobot();

    @Test
    void attachedFilesAreListedWithHashAndTheirTextIsPreviewed() throws Exception {
        Path minutes = Files.writeString(outside.resolve("kick-off minutes.md"),
                "# Kick-off\n- Lea signs the lease by Friday\n- Tom books the movers\n");
        Path lease = outside.resolve("lease-draft.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Lease agreement, Quay Street 4, third floor");
                content.endText();
            }
            pdf.save(lease.toFile());
        }
        harness.open(dataDir, "ATLAS");
        DocumentsTab tab = harness.show(c -> new DocumentsTab(c, dataDir), DocumentsTab::view);
        harness.fx(() -> {
            tab.attachPaths(List.of(minutes, lease));
            return null;
        });
        harness.settle();

        List<Document> stored = harness.store().documents().listByProject(harness.project().id());
        assertThat(stored).extracting(Document::fileName)
                .containsExactlyInAnyOrder("kick-off minutes.md", "lease-draft.pdf");
        assertThat(stored).allSatisfy(d -> assertThat(dataDir.resolve(d.storedPath())).exists());
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#document-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2).allSatisfy(r -> assertThat(r.textBytes()).isPresent());

        harness.fx(() -> {
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(r -> r.document().fileName().equals("lease-draft.pdf")).findFirst().orElseThrow());
            return null;
        });
        harness.settle();
        assertThat(robot.lookup("#document-preview").queryAs(TextArea.class).getText())
                .contains("Lease agreement, Quay Street 4, third floor");
        assertThat(harness.changes()).isEqualTo(1);
        harness.screenshots("project-documents");
    }
}
