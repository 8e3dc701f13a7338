package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.app.teamdb.DatabaseUrl;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static Arguments parse(String... args) throws UsageException {
        return CommandLine.parse(List.of(args));
    }

    @Test
    void noArgumentsOpensTheWindowWithDefaults() throws UsageException {
        Arguments arguments = parse();

        assertThat(arguments.mode()).isEqualTo(Arguments.Mode.WINDOW);
        assertThat(arguments.dataDir()).isEmpty();
        assertThat(arguments.database()).isEmpty();
        assertThat(arguments.demo()).isFalse();
        assertThat(arguments.startupReport()).isFalse();
    }

    @Test
    void readsEveryFlagOfTheWindowMode() throws UsageException {
        Arguments arguments = parse("--demo", "--startup-report", "--data-dir", "/tmp/q",
                "--db", "jdbc:postgresql://db.example:5433/quarterdeck");

        assertThat(arguments.mode()).isEqualTo(Arguments.Mode.WINDOW);
        assertThat(arguments.demo()).isTrue();
        assertThat(arguments.startupReport()).isTrue();
        assertThat(arguments.dataDir()).contains(Path.of("/tmp/q"));
        assertThat(arguments.database()).get().extracting(DatabaseUrl::database).isEqualTo("quarterdeck");
    }

    @Test
    void acceptsValuesAfterAnEqualsSignIncludingOnesThatLookLikeFlags() throws UsageException {
        assertThat(parse("--data-dir=/tmp/q").dataDir()).contains(Path.of("/tmp/q"));
        assertThat(parse("--data-dir=--odd").dataDir()).contains(Path.of("--odd"));
    }

    @Test
    void exitMakesItHeadless() throws UsageException {
        assertThat(parse("--demo", "--exit").mode()).isEqualTo(Arguments.Mode.HEADLESS);
        assertThat(parse("--exit").mode()).isEqualTo(Arguments.Mode.HEADLESS);
    }

    @Test
    void helpWinsOverVersionAndVersionOverTheRest() throws UsageException {
        assertThat(parse("--version", "--help", "--demo").mode()).isEqualTo(Arguments.Mode.HELP);
        assertThat(parse("-h").mode()).isEqualTo(Arguments.Mode.HELP);
        assertThat(parse("--demo", "--exit", "--version").mode()).isEqualTo(Arguments.Mode.VERSION);
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> parse("--demo", "--foo"))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --foo");
        assertThatThrownBy(() -> parse("--foo=bar"))
                .isInstanceOf(UsageException.class).hasMessage("unknown option --foo");
        assertThatThrownBy(() -> parse("-x"))
                .isInstanceOf(UsageException.class).hasMessage("unknown option -x");
    }

    @Test
    void rejectsAMissingValue() {
        assertThatThrownBy(() -> parse("--data-dir"))
                .isInstanceOf(UsageException.class).hasMessage("--data-dir needs a value: --data-dir DIR");
        assertThatThrownBy(() -> parse("--db", "--demo"))
                .isInstanceOf(UsageException.class).hasMessage("--db needs a value: --db URL");
        assertThatThrownBy(() -> parse("--data-dir="))
                .isInstanceOf(UsageException.class).hasMessage("--data-dir needs a value: --data-dir DIR");
    }

    @Test
    void rejectsAValueForAFlag() {
        assertThatThrownBy(() -> parse("--demo=yes"))
                .isInstanceOf(UsageException.class).hasMessage("--demo takes no value");
    }

    @Test
    void rejectsRepeatsAndStrayArguments() {
        assertThatThrownBy(() -> parse("--data-dir", "/a", "--data-dir", "/b"))
                .isInstanceOf(UsageException.class).hasMessage("--data-dir given more than once");
        assertThatThrownBy(() -> parse("--demo", "projects"))
                .isInstanceOf(UsageException.class).hasMessage("unexpected argument 'projects'");
        assertThatThrownBy(() -> parse("--"))
                .isInstanceOf(UsageException.class).hasMessage("unexpected argument '--'");
    }

    @Test
    void rejectsABadDatabaseUrlWithTheReason() {
        assertThatThrownBy(() -> parse("--db", "jdbc:mysql://host/db"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--db: 'jdbc:mysql://host/db' is not a PostgreSQL URL");
        assertThatThrownBy(() -> parse("--db", "jdbc:postgresql://host:99999/db"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--db: port 99999 of 'host:99999' is out of range");
    }

    @Test
    void rejectsAStartupReportWithoutAWindow() {
        assertThatThrownBy(() -> parse("--exit", "--startup-report"))
                .isInstanceOf(UsageException.class).hasMessageContaining("cannot be combined with --exit");
    }

    @Test
    void rejectsAPathTheFileSystemCannotHold() {
        assertThatThrownBy(() -> parse("--data-dir", "bad\0path"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--data-dir: ");
    }
}
