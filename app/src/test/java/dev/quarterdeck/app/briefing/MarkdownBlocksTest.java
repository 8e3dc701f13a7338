package dev.quarterdeck.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.briefing.MarkdownBlocks.Block;
import dev.quarterdeck.app.briefing.MarkdownBlocks.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void readsTheConstructsABriefingUses() {
        String markdown = """
                # Morning briefing — Monday 24 November 2025

                _Composed by rules at 07:50 (Europe/Vienna), from the workspace as it stood then._

                ## Top three

                1. “Fix Helm charts” (KUBE) \\* score 87
                2. “Send forecast” (ATLAS)

                ## People to update

                - Martin Graf (ATLAS), last contact 3 Nov
                - Nobody \\_else\\_
                """;

        List<Block> blocks = MarkdownBlocks.parse(markdown);

        assertThat(blocks).containsExactly(
                new Block(Type.TITLE, "", "Morning briefing — Monday 24 November 2025"),
                new Block(Type.NOTE, "", "Composed by rules at 07:50 (Europe/Vienna), from the workspace as it stood then."),
                new Block(Type.HEADING, "", "Top three"),
                new Block(Type.NUMBERED, "1.", "“Fix Helm charts” (KUBE) * score 87"),
                new Block(Type.NUMBERED, "2.", "“Send forecast” (ATLAS)"),
                new Block(Type.HEADING, "", "People to update"),
                new Block(Type.BULLET, "", "Martin Graf (ATLAS), last contact 3 Nov"),
                new Block(Type.BULLET, "", "Nobody _else_"));
    }

    @Test
    void joinsTheLinesOfAParagraph() {
        assertThat(MarkdownBlocks.parse("one\ntwo\n\nthree")).containsExactly(
                new Block(Type.PARAGRAPH, "", "one two"), new Block(Type.PARAGRAPH, "", "three"));
    }
}
