package dev.quarterdeck.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarterdeck.core.document.DocumentFindings.ActionItem;
import dev.quarterdeck.core.document.DocumentFindings.RiskItem;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Action items, risks, dates and a summary from sample texts, without a model, for a fixed reference date. */
class RulesDocumentReaderTest {

    static final LocalDate REFERENCE = LocalDate.of(2027, 3, 10);
    static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");

    static final String MINUTES = """
            # Office move kick-off
            Attendees: Lea Novak, Tom Berg.
            The new office is on the third floor of Quay Street 4.
            The lease will start on 1 April 2027.

            Decisions
            - Lea will send the signed lease to the landlord by 12 March 2027.
            - Action: Tom – book the movers
            - TODO: check the insurance cover
            - We must confirm the network installation by next Friday.
            - Please circulate the floor plan.

            Risks
            - Risk: the movers are likely unavailable in the first week of April, a major delay.
            - There is a minor concern about parking.
            """;

    @Test
    void findsActionItemsWithOwnerAndDueDate() {
        List<ActionItem> actions = RulesDocumentReader.read(MINUTES, REFERENCE, NOW).actions();

        assertThat(actions).extracting(ActionItem::text, ActionItem::owner, ActionItem::due).containsExactly(
                tuple("Send the signed lease to the landlord by 12 March 2027",
                        "Lea", LocalDate.of(2027, 3, 12)),
                tuple("Book the movers", "Tom", null),
                tuple("Check the insurance cover", null, null),
                tuple("Confirm the network installation by next Friday", null,
                        LocalDate.of(2027, 3, 12)),
                tuple("Circulate the floor plan", null, null));
        assertThat(actions.get(0).quote()).isEqualTo("Lea will send the signed lease to the landlord by 12 March 2027.");
    }

    @Test
    void aThingThatWillHappenIsADateNotAnAction() {
        DocumentFindings findings = RulesDocumentReader.read(MINUTES, REFERENCE, NOW);

        assertThat(findings.actions()).extracting(ActionItem::text).noneMatch(t -> t.contains("lease will start"));
        assertThat(findings.dates()).extracting(DocumentFindings.KeyDate::date, DocumentFindings.KeyDate::what)
                .contains(tuple(LocalDate.of(2027, 4, 1),
                        "The lease will start on 1 April 2027."));
    }

    @Test
    void ratesRisksByTheirWords() {
        List<RiskItem> risks = RulesDocumentReader.read(MINUTES, REFERENCE, NOW).risks();

        assertThat(risks).extracting(RiskItem::title, RiskItem::likelihood, RiskItem::impact).containsExactly(
                tuple(
                        "The movers are likely unavailable in the first week of April, a major delay", 4, 4),
                tuple("There is a minor concern about parking", 3, 2));
    }

    @Test
    void summarisesWithTheFirstSentencesAndSaysRules() {
        DocumentFindings findings = RulesDocumentReader.read(MINUTES, REFERENCE, NOW);

        assertThat(findings.summary()).startsWith("Office move kick-off. Attendees: Lea Novak, Tom Berg.").doesNotContain("Lea will send")
                .hasSizeLessThanOrEqualTo(RulesDocumentReader.SUMMARY_LENGTH + 100);
        assertThat(findings.producedBy()).isEqualTo("rules");
        assertThat(findings.byRules()).isTrue();
        assertThat(findings.tokens()).isZero();
    }

    @Test
    void theSameTextAndDateGiveTheSameFindings() {
        assertThat(RulesDocumentReader.read(MINUTES, REFERENCE, NOW))
                .isEqualTo(RulesDocumentReader.read(MINUTES, REFERENCE, NOW));
    }

    @Test
    void readsAPdfThroughTextExtraction(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("lease.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.beginText();
                content.newLineAtOffset(72, 720);
                for (String line : List.of("Lease agreement, Quay Street 4", "The tenant must pay the deposit by",
                        "2027-03-31.", "Action: Lea - arrange the key handover", "Late payment carries a penalty.")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(pdf.toFile());
        }
        String text = TextExtraction.extract(pdf).orElseThrow();

        DocumentFindings findings = RulesDocumentReader.read(text, REFERENCE, NOW);

        assertThat(findings.actions()).extracting(ActionItem::text, ActionItem::owner, ActionItem::due)
                .containsExactly(
                        tuple("Pay the deposit by 2027-03-31", null,
                                LocalDate.of(2027, 3, 31)),
                        tuple("Arrange the key handover", "Lea", null));
        assertThat(findings.risks()).extracting(RiskItem::title).containsExactly("Late payment carries a penalty");
        assertThat(findings.summary()).startsWith("Lease agreement, Quay Street 4");
    }
}
