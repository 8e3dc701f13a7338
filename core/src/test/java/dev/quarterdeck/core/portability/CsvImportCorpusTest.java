package dev.quarterdeck.core.portability;

import static dev.quarterdeck.core.portability.TaskCsvImporterTest.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarterdeck.core.task.Task;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Broken and awkward CSV files: each valid one imports exactly, each broken one is refused at the right line. */
class CsvImportCorpusTest {

    private static final List<String> HEADER = List.of("Title", "Notes", "Due");
    private static final CsvColumnMapping MAPPING = CsvColumnMapping.suggest(HEADER);

    private final TaskCsvImporter importer = new TaskCsvImporter(List.of(), TaskCsvImporterTest.CLOCK,
            UUID::randomUUID);

    @Test
    void quotesCommasAndLineBreaksInsideCellsArePreserved() throws IOException {
        String csv = "Title,Notes,Due\r\n"
                + "\"Say \"\"hi\"\", then leave\",\"line one\r\nline two\n\n\"\"quoted\"\", line four\",\r\n"
                + "Plain,,2026-03-01\r\n";

        List<Task> tasks = tasks(csv);

        assertThat(tasks).extracting(Task::title).containsExactly("Say \"hi\", then leave", "Plain");
        assertThat(tasks.get(0).notes()).isEqualTo("line one\r\nline two\n\n\"quoted\", line four");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        String csv = "\uFEFFTitle,Notes,Due\nA,,\n";

        assertThat(importer.preview(in(csv), 5).headers()).containsExactly("Title", "Notes", "Due");
        assertThat(tasks(csv)).extracting(Task::title).containsExactly("A");
    }

    @Test
    void rowsAfterMultiLineCellsAreReportedAtTheirOwnLine() throws IOException {
        String csv = "Title,Notes,Due\n"
                + "A,\"one\ntwo\nthree\",\n"
                + "B,,31/Feb/26\n";

        assertThat(problems(csv)).extracting(ImportProblem::describe).containsExactly(
                "line 5 (row 3, Due): \"31/Feb/26\" is not a date (use 2026-03-01, 01/Mar/26 or Mar 1 2026)");
    }

    @Test
    void wrongCellCountIsReportedPerRow() throws IOException {
        String csv = "Title,Notes,Due\nA,,\nB\nC,,,extra\nD,,\n";

        assertThat(problems(csv)).extracting(ImportProblem::line, ImportProblem::message).containsExactly(
                tuple(3L,
                        "has 1 cells, the header has 3 (a comma or line break in a cell that is not quoted?)"),
                tuple(4L,
                        "has 4 cells, the header has 3 (a comma or line break in a cell that is not quoted?)"));
    }

    @Test
    void unclosedQuoteIsReportedWhereItStarts() throws IOException {
        String csv = "Title,Notes,Due\nA,,\nB,\"never closed,\nC,,\nD,,\n";

        assertThat(problems(csv)).extracting(ImportProblem::describe).containsExactly(
                "line 3: a quoted cell starting here is never closed (the file may be truncated)");
    }

    @Test
    void textAfterAClosingQuoteIsReportedAtItsLine() throws IOException {
        String csv = "Title,Notes,Due\nA,,\nB,\"quoted\" then more,\n";

        assertThat(problems(csv)).extracting(ImportProblem::describe).containsExactly(
                "line 3: not valid CSV: text after a closing quote (a quote inside a cell must be doubled, and the "
                        + "cell quoted)");
    }

    @Test
    void truncatedFilesAreRefusedWhereverTheyAreCut() throws IOException {
        String csv = "Title,Notes,Due\nFirst,\"a note\nover lines\",2026-03-01\nSecond,plain,2026-03-02\n";
        for (int cut = "Title,Notes,Due\n".length() + 1; cut < csv.length() - 1; cut++) {
            String truncated = csv.substring(0, cut);
            ImportResult<CsvTasks> result = importer.read(in(truncated), MAPPING, "cut.csv");
            if (result.isSuccess()) {
                // A cut right after a separator or a complete date leaves a shorter file that is valid.
                assertThat(truncated.endsWith(",") || truncated.endsWith("\n") || truncated.endsWith("2026-03-01")
                        || truncated.endsWith("2026-03-02")).as("cut at %d: %s", cut, truncated).isTrue();
                continue;
            }
            assertThat(result.problems()).as("cut at %d", cut).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.line()).isBetween(2L, 4L));
        }
    }

    @Test
    void hugeCellIsRefusedWithoutHoldingItWhole() throws IOException {
        long hugeLength = 30_000_000;
        InputStream file = new SequenceInputStream(Collections.enumeration(List.of(
                in("Title,Notes,Due\nA,\""),
                repeated((byte) 'x', hugeLength),
                in("\",\nB,,2026-03-01\nC,\"" + "y".repeat(TaskCsvImporter.MAX_CELL_CHARS + 1) + "\",\n"))));

        ImportResult<CsvTasks> result = importer.read(file, MAPPING, "huge.csv");

        assertThat(result.problems()).extracting(ImportProblem::describe).containsExactly(
                "line 2 (row 2, Notes): the cell is longer than 100000 characters",
                "line 4 (row 4, Notes): the cell is longer than 100000 characters");
    }

    @Test
    void linesAfterAHugeCellWithLineBreaksStayTrue() throws IOException {
        String big = "x".repeat(150_000) + "\n, \"\" ,\r\n" + "x".repeat(10) + "\n";
        String csv = "Title,Notes,Due\nA,\"" + big.replace("\"", "\"\"") + "\",\nB,,tomorrow\n";

        assertThat(problems(csv)).extracting(ImportProblem::describe).containsExactly(
                "line 2 (row 2, Notes): the cell is longer than 100000 characters",
                "line 6 (row 3, Due): \"tomorrow\" is not a date (use 2026-03-01, 01/Mar/26 or Mar 1 2026)");
    }

    @Test
    void cellOfExactlyTheLimitIsAccepted() throws IOException {
        String notes = "z".repeat(TaskCsvImporter.MAX_CELL_CHARS);

        assertThat(tasks("Title,Notes,Due\nA," + notes + ",\n")).singleElement().extracting(Task::notes)
                .isEqualTo(notes);
    }

    @Test
    void textThatIsNotUtf8IsReportedAtItsLine() throws IOException {
        byte[] latin1 = "Title,Notes,Due\nA,,\nCaf\u00e9,,\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportResult<CsvTasks> result = importer.read(new ByteArrayInputStream(latin1), MAPPING, "latin1.csv");

        assertThat(result.problems()).singleElement().extracting(ImportProblem::message)
                .isEqualTo("the file is not UTF-8 text (save it as \"CSV UTF-8\")");
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertThat(problems("")).extracting(ImportProblem::describe).containsExactly("the file is empty");
        assertThat(importer.preview(in(""), 5).problems()).extracting(ImportProblem::describe)
                .containsExactly("the file is empty");
    }

    @Test
    void arbitraryBytesNeverEscapeAsAnException() throws IOException {
        Random random = new Random(99);
        for (int i = 0; i < 300; i++) {
            byte[] noise = new byte[random.nextInt(3_000)];
            random.nextBytes(noise);
            ImportResult<CsvTasks> result = importer.read(new ByteArrayInputStream(noise), MAPPING, "noise.csv");
            assertThat(result.isSuccess()).as("noise %d", i).isFalse();
            CsvPreview preview = importer.preview(new ByteArrayInputStream(noise), 3);
            assertThat(preview.suggested()).isNotNull();
        }
    }

    @Test
    void printableNoiseNeverEscapesAsAnException() throws IOException {
        Random random = new Random(5);
        String alphabet = "ab,\"\r\n 1-/:";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder("Title,Notes,Due\n");
            for (int n = random.nextInt(400); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ImportResult<CsvTasks> result = importer.read(in(text.toString()), MAPPING, "noise.csv");
            assertThat(result.problems()).allSatisfy(p -> assertThat(p.describe()).isNotBlank());
        }
    }

    private List<Task> tasks(String csv) throws IOException {
        ImportResult<CsvTasks> result = importer.read(in(csv), MAPPING, "test.csv");
        assertThat(result.problems()).isEmpty();
        return result.value().tasks();
    }

    private List<ImportProblem> problems(String csv) throws IOException {
        ImportResult<CsvTasks> result = importer.read(in(csv), MAPPING, "test.csv");
        assertThat(result.isSuccess()).isFalse();
        return result.problems();
    }

    /** {@code count} copies of one byte, produced as they are read. */
    private static InputStream repeated(byte value, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? value : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, value);
                left -= n;
                return n;
            }
        };
    }
}
