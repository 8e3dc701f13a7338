package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTextTest {

    @Test
    void listsEveryOptionWithItsValueName() {
        String help = HelpText.render();

        for (Option option : Option.values()) {
            assertThat(help).contains(option.flag() + option.valueName().map(value -> " " + value).orElse(""));
        }
        assertThat(help).contains("-h, --help").contains("QUARTERDECK_DATA").contains("QUARTERDECK_DB_USER")
                .contains("%APPDATA%\\Quarterdeck");
    }

    @Test
    void fitsATerminal() {
        assertThat(HelpText.render().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }
}
