package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.ai.AiSettingsFile;
import dev.quarterdeck.app.ai.ModelAnswers;
import dev.quarterdeck.connectors.fake.FakeOllama;
import dev.quarterdeck.core.ai.ModelSettings;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --briefing}: parsing, and the real command on the demo workspace with a fixed clock. */
class BriefingCliTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 11, 24).atTime(7, 50).atZone(ZONE).toInstant(),
            ZONE);

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int exec(String... args) {
        HostEnvironment host = new HostEnvironment("Linux", temp.resolve("home"), "lea", Map.of());
        DesktopWindow noWindow = new DesktopWindow() {
            @Override
            public void launch(LaunchOptions options, Runnable onShown) {
                throw new AssertionError("--briefing must not open the window");
            }

            @Override
            public void reveal() {
                throw new AssertionError("no window to reveal");
            }
        };
        Cli cli = new Cli(host, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), noWindow, options -> "not used",
                Duration.ofSeconds(2), kind -> new BriefingCommand(host, CLOCK, kind));
        return cli.run(List.of(args));
    }

    @Test
    void parsesTheKindAndDefaultsToMorning() throws UsageException {
        assertThat(CommandLine.parse(List.of("--briefing")).briefing()).contains(BriefingKind.MORNING);
        assertThat(CommandLine.parse(List.of("--briefing", "weekly")).briefing()).contains(BriefingKind.WEEKLY);
        assertThat(CommandLine.parse(List.of("--briefing=Evening")).briefing()).contains(BriefingKind.EVENING);
        assertThat(CommandLine.parse(List.of("--briefing", "--demo")).mode()).isEqualTo(Arguments.Mode.BRIEFING);
        assertThat(CommandLine.parse(List.of("--demo")).briefing()).isEmpty();
    }

    @Test
    void refusesAnUnknownKind() {
        assertThat(exec("--briefing", "lunch")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--briefing: 'lunch' is not one of morning, midday, evening, weekly");
    }

    @Test
    void printsTheMorningBriefingOfTheDemoWithoutAWindow() {
        int code = exec("--data-dir", temp.resolve("data").toString(), "--demo", "--briefing", "morning");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        assertThat(printed).startsWith("# Morning briefing — Monday 24 November 2025")
                .contains("_Composed by rules at 07:50 (Europe/Vienna)", "## Today's meetings", "## Top three",
                        "## Deadlines within 48 h", "## Risks to review", "## Budget alerts", "## People to update");
    }

    @Test
    void printsTheModelsBriefingWhenAiIsOnAndSaysWhoWroteIt() {
        try (FakeOllama ollama = new FakeOllama().install("llama3.1:8b")) {
            Path data = temp.resolve("data");
            new AiSettingsFile(data).save(ModelSettings.defaults().withBaseUrl(ollama.baseUrl()));
            // the fake model answers prose: refused, so the rules' briefing is printed with the reason
            assertThat(exec("--data-dir", data.toString(), "--demo", "--briefing")).isEqualTo(Cli.OK);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("_Composed by rules at 07:50",
                    "_The language model's briefing was not used: The model's answer was rejected: the answer is not "
                            + "valid JSON");
            out.reset();
            ollama.answer(ModelAnswers.briefing(ModelAnswers.facts(ollama.lastBody("/api/chat")), ""));

            assertThat(exec("--data-dir", data.toString(), "--briefing", "morning")).isEqualTo(Cli.OK);

            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# Morning briefing — Monday 24 November 2025")
                    .contains("_Written by llama3.1:8b at 07:50 (Europe/Vienna) from the ", "## Sources")
                    .doesNotContain("Composed by rules");
        }
    }

    @Test
    void theHelpListsTheOption() {
        assertThat(HelpText.render()).contains("--briefing [morning|midday|evening|weekly]");
    }
}
