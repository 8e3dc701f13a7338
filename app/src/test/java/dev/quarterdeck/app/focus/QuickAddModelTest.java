package dev.quarterdeck.app.focus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.focus.QuickAddParser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the quick-add preview says it understood. */
class QuickAddModelTest {

    private final QuickAddParser parser = new QuickAddParser(LocalDate.of(2026, 11, 18)); // a Wednesday

    @Test
    void thePreviewNamesTitleDueDateAndProject() {
        assertThat(QuickAddModel.describe(parser.parse("Send Q3 forecast fri #atlas")))
                .isEqualTo("\u201cSend Q3 forecast\u201d \u00b7 due Fri 20 Nov \u00b7 ATLAS");
        assertThat(QuickAddModel.describe(parser.parse("Call movers in 3 days")))
                .isEqualTo("\u201cCall movers\u201d \u00b7 due Sat 21 Nov \u00b7 no project");
        assertThat(QuickAddModel.describe(parser.parse("Plan offsite next week")))
                .isEqualTo("\u201cPlan offsite\u201d \u00b7 due Mon 23 Nov \u00b7 no project");
        assertThat(QuickAddModel.describe(parser.parse("Tidy backlog")))
                .isEqualTo("\u201cTidy backlog\u201d \u00b7 no due date \u00b7 no project");
    }
}
