package dev.quarterdeck.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attaching files: copy under the SHA-256, text from PDF and plain text, removal. */
class DocumentLibraryTest {

    @TempDir
    Path data;
    @TempDir
    Path outside;

    Store store;
    DocumentLibrary library;
    UUID projectId;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        store = Store.open(StoreConfig.h2File(data), clock);
        library = new DocumentLibrary(store, data, clock, Actor.USER);
        Project project = new Project(Ids.newId(), "DOCS", "Docs", "", ProjectStatus.ACTIVE, Priority.LOW, null, null,
                null, null, List.of(), List.of(), "", "", Currency.getInstance("EUR"), BigDecimal.ZERO,
                clock.instant(), clock.instant(), 0);
        store.write(Actor.USER, tx -> tx.insert(project));
        projectId = project.id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTextFileIsCopiedUnderItsSha256WithItsText() throws Exception {
        Path notes = Files.writeString(outside.resolve("minutes.md"), "# Kick-off\nLease due Friday\n");

        Document document = library.attach(projectId, notes);

        // sha256sum of the file's bytes
        assertThat(document.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest("# Kick-off\nLease due Friday\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(document.title()).isEqualTo("minutes");
        assertThat(document.mediaType()).isEqualTo("text/markdown");
        assertThat(document.sizeBytes()).isEqualTo(Files.size(notes));
        assertThat(document.storedPath()).isEqualTo("documents/" + document.sha256() + "/minutes.md");
        assertThat(Files.readString(library.file(document))).isEqualTo(Files.readString(notes));
        assertThat(library.text(document)).contains("# Kick-off\nLease due Friday\n");
        assertThat(library.list(projectId)).containsExactly(document);
    }

    @Test
    void pdfTextIsExtractedWithPdfBox() throws Exception {
        Path pdf = outside.resolve("lease.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Lease for Atlas office, floor 3");
                content.endText();
            }
            doc.save(pdf.toFile());
        }

        Document document = library.attach(projectId, pdf);

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(library.text(document)).hasValueSatisfying(
                text -> assertThat(text).contains("Lease for Atlas office, floor 3"));
    }

    @Test
    void aDamagedPdfIsAttachedWithoutText() throws Exception {
        Path broken = Files.writeString(outside.resolve("broken.pdf"), "not a pdf at all");

        Document document = library.attach(projectId, broken);

        assertThat(library.text(document)).isEmpty();
        assertThat(Files.exists(library.file(document))).isTrue();
    }

    @Test
    void removingTheLastRecordOfAContentDeletesTheCopy() throws Exception {
        Path file = Files.writeString(outside.resolve("a.txt"), "same bytes");
        Document first = library.attach(projectId, file);
        Document second = library.attach(projectId, file);

        library.remove(first);
        assertThat(Files.exists(library.file(second))).as("still referred to").isTrue();

        library.remove(second);
        assertThat(Files.exists(library.file(second))).isFalse();
        assertThat(library.text(second)).isEmpty();
        assertThat(library.list(projectId)).isEmpty();
    }
}
