package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The fast paths must accept exactly what the JDK accepts, with the same result. */
class IsoTextTest {

    @Test
    void datesAgreeWithTheJdk() {
        List<String> texts = new ArrayList<>(List.of("2026-03-01", "2026-13-01", "2026-02-29", "2024-02-29",
                "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01", "9999-12-31", "+10000-01-01", "2026-1-01",
                "2026/01/01", "2026-01-0a", "２０２６-01-01", "", "2026-03-01 "));
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            texts.add(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(15), random.nextInt(34)));
        }
        for (String text : texts) {
            assertThat(outcome(IsoText::date, text)).as(text).isEqualTo(outcome(LocalDate::parse, text));
        }
    }

    @Test
    void instantsAgreeWithTheJdk() {
        List<String> texts = new ArrayList<>(List.of("2026-03-01T09:30:00Z", "2026-03-01T09:30:00.5Z",
                "2026-03-01T09:30:00.123456789Z", "2026-03-01T09:30:00.1234567891Z", "2026-03-01T09:30:00.Z",
                "2026-03-01T24:00:00Z", "2026-03-01T23:59:60Z", "2026-03-01T09:60:00Z", "2026-02-30T09:30:00Z",
                "2026-03-01T09:30Z", "2026-03-01T09:30:00+01:00", "2026-03-01t09:30:00z", "2026-03-01T09:30:00",
                "2026-03-01T09:3a:00Z", "2026-03-01T09:30:00.12a4Z"));
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            String fraction = random.nextBoolean() ? "" : "." + String.format("%09d", random.nextInt(1_000_000_000))
                    .substring(0, 1 + random.nextInt(9));
            texts.add(String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", random.nextInt(10_000), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(26), random.nextInt(62), random.nextInt(62), fraction));
        }
        for (String text : texts) {
            assertThat(outcome(IsoText::instant, text)).as(text).isEqualTo(outcome(Instant::parse, text));
        }
    }

    private static Object outcome(Function<String, ?> parser, String text) {
        try {
            return parser.apply(text);
        } catch (DateTimeException e) {
            return "rejected";
        }
    }
}
