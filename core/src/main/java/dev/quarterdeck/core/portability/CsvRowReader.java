package dev.quarterdeck.core.portability;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of an RFC 4180 CSV file in UTF-8, each with its row number (the header is row 1, as in a
 * spreadsheet) and the line it starts on (later than the row number when earlier cells hold line breaks). Text
 * that is not UTF-8 or not CSV ends the reading with one problem at its line; only a failing stream throws.
 */
final class CsvRowReader implements Closeable {

    record Row(long number, long line, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?:startline |line: )(\\d+)");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ProblemList problems;
    private long lastLine;
    private boolean failed;

    CsvRowReader(InputStream in, int fieldCap, ProblemList problems) throws IOException {
        this.problems = problems;
        InputStreamReader utf8 = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.parser = CSVParser.builder().setReader(new CappedCsvReader(new BufferedReader(utf8), fieldCap))
                .setFormat(CSVFormat.RFC4180).get();
        this.records = parser.iterator();
    }

    /** The next row, or null at the end of the file or once the file could not be read further. */
    Row next() throws IOException {
        if (failed) {
            return null;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            long firstLine = lastLine + 1;
            lastLine = Math.max(parser.getCurrentLineNumber(), firstLine);
            return new Row(record.getRecordNumber(), firstLine, record.toList());
        } catch (UncheckedIOException e) {
            return fail(e.getCause());
        }
    }

    private Row fail(IOException cause) throws IOException {
        failed = true;
        long line = lineOf(cause);
        if (cause instanceof CharacterCodingException) {
            problems.add(line, 0, "", "the file is not UTF-8 text (save it as \"CSV UTF-8\")");
            return null;
        }
        if (cause instanceof CSVException) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.contains("EOF reached before encapsulated token finished")) {
                problems.add(line, 0, "", "a quoted cell starting here is never closed (the file may be truncated)");
            } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
                problems.add(line, 0, "", "not valid CSV: text after a closing quote (a quote inside a cell must "
                        + "be doubled, and the cell quoted)");
            } else {
                problems.add(line, 0, "", "not valid CSV: " + message);
            }
            return null;
        }
        throw cause;
    }

    private long lineOf(IOException cause) {
        Matcher line = LINE_IN_MESSAGE.matcher(cause.getMessage() == null ? "" : cause.getMessage());
        if (line.find()) {
            return Long.parseLong(line.group(1));
        }
        return Math.max(parser.getCurrentLineNumber(), lastLine + 1);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
