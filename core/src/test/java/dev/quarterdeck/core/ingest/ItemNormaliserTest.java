package dev.quarterdeck.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normaliser skips its patterns when a text is already in shape; these check that the shortcut never changes
 * a result, on texts built from the characters the rules care about.
 */
class ItemNormaliserTest {

    private static final char[] ALPHABET = {'a', 'b', 'Z', '1', '-', ' ', ' ', ' ', '\n', '\n', '\t', '\r',
        '\u00a0', '\u2003', '\u000b', '\f', '#', ':', 'é'};

    @Test
    void titlesInShapeAreKeptAndOthersFollowTheRule() {
        assertThat(ItemNormaliser.oneLine("Fix the login timeout")).isEqualTo("Fix the login timeout");
        assertThat(ItemNormaliser.oneLine("  Fix\tthe \u00a0login\n")).isEqualTo("Fix the login");
        assertThat(ItemNormaliser.oneLine("")).isEmpty();
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            String text = randomText(random);
            assertThat(ItemNormaliser.oneLine(text)).as("oneLine of %s", escaped(text))
                    .isEqualTo(ItemNormaliser.collapseSpaces(text));
        }
    }

    @Test
    void snippetsInShapeAreKeptAndOthersFollowTheRule() {
        assertThat(ItemNormaliser.snippet("Line one\n\nLine two")).isEqualTo("Line one\n\nLine two");
        assertThat(ItemNormaliser.snippet(" Line  one \r\n\n\n\nLine\ttwo\n")).isEqualTo("Line one\n\nLine two");
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String text = randomText(random);
            assertThat(ItemNormaliser.snippet(text)).as("snippet of %s", escaped(text))
                    .isEqualTo(ItemNormaliser.tidyLines(text));
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            // Mostly letters, so that texts already in shape come up often too.
            text.append(random.nextInt(3) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : 'x');
        }
        return text.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
        return out.toString();
    }
}
