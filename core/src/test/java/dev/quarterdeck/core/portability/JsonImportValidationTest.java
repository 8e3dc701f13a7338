package dev.quarterdeck.core.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A corpus of broken exports: each must be refused with every problem at its own line, and none may crash. */
class JsonImportValidationTest {

    private static final String MANGLING = " {}[]\":,0123456789abcnult-.eE\\\u00ff";

    private static String valid;

    private final JsonImporter importer = new JsonImporter();

    @BeforeAll
    static void exportSample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(SampleWorkspace.small(), Instant.parse("2026-03-03T12:00:00Z"), out);
        valid = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theUnbrokenSampleImports() throws IOException {
        assertThat(read(valid).problems()).isEmpty();
    }

    @Test
    void invalidDateIsReportedAtItsLineColumnAndPath() throws IOException {
        String json = replaceFirst(valid, "\"due\": \"2026-03-20\"", "\"due\": \"2026-13-01\"");

        List<ImportProblem> problems = problems(json);

        assertThat(problems).hasSize(1);
        ImportProblem problem = problems.get(0);
        assertThat(problem.line()).isEqualTo(lineOf(json, "\"due\": \"2026-13-01\""));
        assertThat(problem.column()).isEqualTo(columnOf(json, "\"2026-13-01\""));
        assertThat(problem.describe()).isEqualTo("line " + problem.line() + ", column " + problem.column()
                + " ($.tasks[0].due): \"2026-13-01\" is not a date (use YYYY-MM-DD)");
    }

    @Test
    void wrongTypesAreReportedForEveryField() throws IOException {
        String json = valid.replace("\"score\": 0.8125", "\"score\": \"high\"")
                .replace("\"horizonPinned\": true", "\"horizonPinned\": \"yes\"")
                .replace("\"likelihood\": 3", "\"likelihood\": 3.5");

        List<ImportProblem> problems = problems(json);

        assertThat(problems).extracting(ImportProblem::location, ImportProblem::message).containsExactlyInAnyOrder(
                tuple("$.tasks[0].score", "expected a number, found \"high\""),
                tuple("$.tasks[0].horizonPinned", "expected true or false, found \"yes\""),
                tuple("$.risks[0].likelihood", "expected a whole number, found 3.5"));
        assertThat(problems).extracting(ImportProblem::line).containsExactlyInAnyOrder(
                lineOf(json, "\"score\": \"high\""), lineOf(json, "\"horizonPinned\": \"yes\""),
                lineOf(json, "\"likelihood\": 3.5"));
    }

    @Test
    void recordRuleIsReportedAtTheFieldItNames() throws IOException {
        String json = valid.replace("\"title\": \"Write the cut-over plan\"", "\"title\": \"   \"");

        List<ImportProblem> problems = problems(json);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$.tasks[0].title");
            assertThat(p.message()).isEqualTo("title must not be blank");
            assertThat(p.line()).isEqualTo(lineOf(json, "\"title\": \"   \""));
        });
    }

    @Test
    void recordRuleWithoutAFieldNameIsReportedAtTheRecordsLine() throws IOException {
        int doneTask = valid.indexOf("\"status\": \"DONE\"");
        int completedAt = valid.indexOf("\"completedAt\": \"", doneTask);
        int end = valid.indexOf('\n', completedAt);
        String json = valid.substring(0, completedAt) + "\"completedAt\": null," + valid.substring(end);

        List<ImportProblem> problems = problems(json);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("a DONE task needs a completion time");
            assertThat(p.location()).isEqualTo("$.tasks[2]");
            assertThat(p.line()).isEqualTo(lineNumberAt(json, json.lastIndexOf('{', doneTask)));
        });
    }

    @Test
    void moneyWithTooManyDecimalsOrAsANumberIsRefused() throws IOException {
        String json = valid.replace("\"amount\": \"1234.56\"", "\"amount\": \"1234.567\"")
                .replace("\"amount\": \"30000.00\"", "\"amount\": 30000.00");

        List<ImportProblem> problems = problems(json);

        assertThat(problems).extracting(ImportProblem::describe).containsExactlyInAnyOrder(
                "line " + lineOf(json, "\"amount\": 30000.00") + ", column 19 ($.budgetLines[0].planned.amount): "
                        + "expected a string, found 30000.00",
                "line " + lineOf(json, "\"1234.567\"") + ", column 19 ($.transactions[0].amount.amount): "
                        + "amount 1234.567 has more than 2 decimal places for EUR");
    }

    @Test
    void referencesToRecordsNotInTheFileAreListed() throws IOException {
        String kubeId = idOfObjectWith("\"code\": \"KUBE\"");
        String json = valid.replace("\"projectId\": \"" + kubeId + "\"",
                "\"projectId\": \"00000000-0000-0000-0000-000000000001\"");

        List<ImportProblem> problems = problems(json);

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.message()).isEqualTo("no project with id 00000000-0000-0000-0000-000000000001 in this file");
            assertThat(p.location()).endsWith(".projectId");
        });
        // tasks, risks, milestones, stakeholders, budget lines, transactions and the document of KUBE
        assertThat(problems).hasSize(3 + 2 + 1 + 1 + 2 + 2 + 1);
    }

    @Test
    void linkToAMissingTaskIsReportedAtTheLinkField() throws IOException {
        int links = valid.indexOf("\"links\": [");
        int from = valid.indexOf("\"fromTaskId\": \"", links) + "\"fromTaskId\": \"".length();
        String json = valid.substring(0, from) + "11111111-2222-3333-4444-555555555555" + valid.substring(from + 36);

        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$.links[0].fromTaskId");
            assertThat(p.line()).isEqualTo(lineOf(json, "11111111-2222-3333-4444-555555555555"));
            assertThat(p.message()).isEqualTo("no task with id 11111111-2222-3333-4444-555555555555 in this file");
        });
    }

    @Test
    void duplicateIdsAndDuplicateCodesAreListed() throws IOException {
        int tasks = valid.indexOf("\"tasks\": [\n") + "\"tasks\": [\n".length();
        int firstEnd = valid.indexOf("\n    },\n", tasks) + "\n    },\n".length();
        String firstTask = valid.substring(tasks, firstEnd);
        String json = (valid.substring(0, firstEnd) + firstTask + valid.substring(firstEnd))
                .replace("\"code\": \"HOME2\"", "\"code\": \"KUBE\"");

        List<ImportProblem> problems = problems(json);

        assertThat(problems).extracting(ImportProblem::location).containsExactlyInAnyOrder("$.tasks[1].id",
                "$.projects[1].code");
        assertThat(problems).extracting(ImportProblem::message).anySatisfy(m -> assertThat(m)
                .startsWith("duplicate id ").endsWith("(first at line " + lineNumberAt(json, tasks + 6) + ")"))
                .anySatisfy(m -> assertThat(m).startsWith("duplicate project code (first at line "));
    }

    @Test
    void transactionOnAnotherProjectsBudgetLineIsRefused() throws IOException {
        String homeLine = idOfObjectWith("\"category\": \"Builders\"");
        int kubeTransaction = valid.indexOf("\"vendor\": \"Hetzner\"");
        int field = valid.lastIndexOf("\"budgetLineId\": \"", kubeTransaction) + "\"budgetLineId\": \"".length();
        String json = valid.substring(0, field) + homeLine + valid.substring(field + 36);

        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("$.transactions[0].budgetLineId");
            assertThat(p.message()).startsWith("budget line " + homeLine + " belongs to project ");
        });
    }

    @Test
    void unknownVersionIsOneClearProblem() throws IOException {
        String json = valid.replace("\"version\": 1,", "\"version\": 2,").replace("\"due\": \"2026-03-20\"",
                "\"due\": \"never\"");

        assertThat(problems(json)).extracting(ImportProblem::describe).containsExactly(
                "line 3, column 14 ($.version): unsupported export version 2: this Quarterdeck reads version 1 "
                        + "(a newer Quarterdeck wrote this file?)");
    }

    @Test
    void anotherFormatIsOneClearProblem() throws IOException {
        assertThat(problems("{\"format\": \"something-else\", \"version\": 1}")).extracting(ImportProblem::describe)
                .containsExactly("line 1, column 12 ($.format): not a Quarterdeck export: \"format\" must be "
                        + "\"quarterdeck-export\", found \"something-else\"");
        assertThat(problems("[1, 2, 3]")).extracting(ImportProblem::message).singleElement().asString()
                .startsWith("not a Quarterdeck export: expected a JSON object");
    }

    @Test
    void truncatedFileIsReportedAtItsEndWhereverItIsCut() throws IOException {
        for (int cut = 1; cut < valid.length() - 2; cut += 31) {
            String json = valid.substring(0, cut);
            assertThat(problems(json)).as("cut at %d", cut).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("the file ends in the middle of the document (truncated?)");
                assertThat(p.line()).isEqualTo(json.split("\n", -1).length);
            });
        }
    }

    @Test
    void syntaxErrorIsReportedWhereTheParserStopped() throws IOException {
        String json = valid.replace("\"horizon\": \"WEEK\",", "\"horizon\": WEEK,");

        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(json, "\"horizon\": WEEK,"));
            assertThat(p.message()).startsWith("not valid JSON: ");
        });
    }

    @Test
    void unknownAndRepeatedFieldsAreListed() throws IOException {
        String json = valid.replace("\"horizonPinned\": true,", "\"horizonPinned\": true,\n      \"colour\": \"red\",")
                .replace("\"sponsor\": null,", "\"sponsor\": null,\n      \"sponsor\": \"Bob\",");

        assertThat(problems(json)).extracting(ImportProblem::message).containsExactlyInAnyOrder(
                "unknown field \"colour\"",
                "field \"sponsor\" appears twice (first at line " + lineOf(json, "\"sponsor\": null,") + ")",
                "field \"sponsor\" appears twice (first at line " + nthLineOf(json, "\"sponsor\": null,", 2) + ")");
    }

    @Test
    void missingFieldsAreListedEachByName() throws IOException {
        String json = "{\"format\": \"quarterdeck-export\", \"version\": 1, \"exportedAt\": \"2026-03-03T12:00:00Z\",\n"
                + "\"links\": [{\"id\": \"00000000-0000-0000-0000-000000000001\", \"kind\": \"BLOCKS\"}]}";

        List<ImportProblem> problems = problems(json);

        assertThat(problems).filteredOn(p -> p.location().equals("$")).extracting(ImportProblem::message)
                .containsExactly("missing field \"projects\"", "missing field \"tasks\"", "missing field \"risks\"",
                        "missing field \"milestones\"", "missing field \"milestoneTasks\"",
                        "missing field \"stakeholders\"", "missing field \"budgetLines\"",
                        "missing field \"transactions\"", "missing field \"documents\"",
                        "missing field \"sourceItems\"");
        assertThat(problems).filteredOn(p -> p.location().equals("$.links[0]")).extracting(ImportProblem::describe)
                .containsExactly("line 2, column 11 ($.links[0]): missing field \"fromTaskId\"",
                        "line 2, column 11 ($.links[0]): missing field \"toTaskId\"",
                        "line 2, column 11 ($.links[0]): missing field \"origin\"",
                        "line 2, column 11 ($.links[0]): missing field \"createdAt\"");
    }

    @Test
    void emptyFileAndTrailingContentAreRefused() throws IOException {
        assertThat(problems("")).extracting(ImportProblem::describe).containsExactly("the file is empty");
        assertThat(problems(valid + "{}")).extracting(ImportProblem::message)
                .containsExactly("unexpected content after the end of the document");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = valid.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);

        assertThat(importer.read(new ByteArrayInputStream(withBom)).isSuccess()).isTrue();
    }

    @Test
    void invalidUtf8IsAProblemAtItsLine() throws IOException {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int at = valid.indexOf("Runbook") + 1;
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;

        ImportResult<WorkspaceSnapshot> result = importer.read(new ByteArrayInputStream(bytes));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(valid, "Runbook"));
            assertThat(p.message()).startsWith("not UTF-8 text: ");
        });
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() throws IOException {
        String json = "{\"format\": \"quarterdeck-export\", \"version\": 1, \"tasks\": " + "[".repeat(100_000);

        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not valid JSON: Document nesting depth (1001) exceeds");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void arbitraryBytesNeverEscapeAsAnException() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] noise = new byte[random.nextInt(2_000)];
            random.nextBytes(noise);
            ImportResult<WorkspaceSnapshot> result = importer.read(new ByteArrayInputStream(noise));
            assertThat(result.isSuccess()).as("noise %d", i).isFalse();
            assertThat(result.problems()).as("noise %d", i).isNotEmpty();
        }
    }

    @Test
    void mangledExportsNeverEscapeAsAnException() throws IOException {
        Random random = new Random(7);
        byte[] original = valid.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100; i++) {
            byte[] mangled = original.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                mangled[random.nextInt(mangled.length)] = (byte) MANGLING.charAt(random.nextInt(MANGLING.length()));
            }
            ImportResult<WorkspaceSnapshot> result = importer.read(new ByteArrayInputStream(mangled));
            if (!result.isSuccess()) {
                assertThat(result.problems()).allSatisfy(p -> assertThat(p.describe()).isNotBlank());
            }
        }
    }

    private ImportResult<WorkspaceSnapshot> read(String json) throws IOException {
        return importer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private List<ImportProblem> problems(String json) throws IOException {
        ImportResult<WorkspaceSnapshot> result = read(json);
        assertThat(result.isSuccess()).as("import of broken JSON succeeded").isFalse();
        return result.problems();
    }

    /** The id of the object that holds {@code marker}, taken from its "id" line above the marker. */
    private static String idOfObjectWith(String marker) {
        int at = valid.indexOf(marker);
        int id = valid.lastIndexOf("\"id\": \"", at) + "\"id\": \"".length();
        return valid.substring(id, id + 36);
    }

    private static String replaceFirst(String text, String target, String replacement) {
        int at = text.indexOf(target);
        assertThat(at).as("target %s", target).isNotNegative();
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static long lineOf(String text, String needle) {
        return nthLineOf(text, needle, 1);
    }

    private static long nthLineOf(String text, String needle, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(needle, at + 1);
            assertThat(at).as("needle %s", needle).isNotNegative();
        }
        return lineNumberAt(text, at);
    }

    private static long lineNumberAt(String text, int offset) {
        return text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static long columnOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at - text.lastIndexOf('\n', at);
    }
}
