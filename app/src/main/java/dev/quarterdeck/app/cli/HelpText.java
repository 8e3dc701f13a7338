package dev.quarterdeck.app.cli;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The {@code --help} text, generated from {@link Option} so that every option is listed. */
public final class HelpText {

    private static final int DESCRIPTION_COLUMN = 24;
    private static final int WIDTH = 100;

    private HelpText() {
    }

    public static String render() {
        String options = Stream.of(Option.values()).map(HelpText::entry).collect(Collectors.joining());
        return """
                Usage: quarterdeck [options]

                A local-first command center for people who run several projects.
                With no options it opens the window on the data folder's H2 database; a second launch on the
                same data folder brings the running window to the front instead.

                Options:
                %s
                Data folder, when --data-dir is not given: $QUARTERDECK_DATA, else
                  Linux    $XDG_DATA_HOME/quarterdeck (default ~/.local/share/quarterdeck)
                  macOS    ~/Library/Application Support/Quarterdeck
                  Windows  %%APPDATA%%\\Quarterdeck

                Exit status: 0 success (also when the running window was brought to the front),
                1 runtime failure (or the data folder is in use), 2 bad command line.
                """.formatted(options);
    }

    private static String entry(Option option) {
        String head = "  " + (option == Option.HELP ? "-h, " : "") + option.flag()
                + option.valueName().map(value -> " " + value).orElse("");
        StringBuilder text = new StringBuilder(head);
        int column;
        if (head.length() + 2 > DESCRIPTION_COLUMN) {
            text.append('\n').append(" ".repeat(DESCRIPTION_COLUMN));
        } else {
            text.append(" ".repeat(DESCRIPTION_COLUMN - head.length()));
        }
        column = DESCRIPTION_COLUMN;
        for (String word : option.description().split(" ")) {
            if (column > DESCRIPTION_COLUMN && column + 1 + word.length() > WIDTH) {
                text.append('\n').append(" ".repeat(DESCRIPTION_COLUMN));
                column = DESCRIPTION_COLUMN;
            }
            if (column > DESCRIPTION_COLUMN) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
        }
        return text.append('\n').toString();
    }
}
