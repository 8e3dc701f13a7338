package dev.quarterdeck.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BriefingNoticeTest {

    private static Briefing briefing(String markdown) {
        return new Briefing(UUID.randomUUID(), BriefingKind.MORNING, Instant.parse("2025-11-24T07:00:00Z"), "rules",
                markdown);
    }

    @Test
    void theTitleAndTheFirstSectionsFirstLineAsTheyRead() {
        BriefingNotice notice = BriefingNotice.of(briefing("""
                # Morning briefing — Mon 24 Nov

                _Composed by rules at 08:00 (Europe/Berlin), from the workspace as it stood then._

                ## Today's meetings

                - 09:30 “Lease review \\*draft\\*” (ATLAS)
                - 14:00 “Standup” (KUBE)

                ## Top three

                1. “Send forecast” (ATLAS)
                """));
        assertThat(notice.title()).isEqualTo("Morning briefing — Mon 24 Nov");
        assertThat(notice.text()).isEqualTo("Today's meetings: 09:30 “Lease review *draft*” (ATLAS). "
                + "Click to open the briefing.");
    }

    @Test
    void aNumberedFirstSectionAndALongLineAreShortened() {
        String longTitle = "x".repeat(400);
        BriefingNotice notice = BriefingNotice.of(briefing("# Weekly review\n\n## Top three\n\n1. " + longTitle
                + "\n"));
        assertThat(notice.title()).isEqualTo("Weekly review");
        assertThat(notice.text()).startsWith("Top three: xxx")
                .isEqualTo("Top three: " + "x".repeat(BriefingNotice.MAX_TEXT - "Top three: ".length() - 1)
                        + "\u2026 Click to open the briefing.");
    }

    @Test
    void withoutSectionsOnlyTheInvitationToOpen() {
        BriefingNotice notice = BriefingNotice.of(briefing("Just a paragraph."));
        assertThat(notice.title()).isEqualTo("New briefing");
        assertThat(notice.text()).isEqualTo("Click to open the briefing.");
    }
}
