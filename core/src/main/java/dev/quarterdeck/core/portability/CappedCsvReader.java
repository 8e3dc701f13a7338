package dev.quarterdeck.core.portability;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Feeds CSV text to the parser with two corrections. A leading byte order mark (U+FEFF, which Excel writes) is
 * dropped so it does not become part of the first header. And no field grows past {@code cap + 1} characters:
 * the rest of an over-long field is skipped here, so a file with a gigabyte in one cell cannot exhaust memory,
 * while the field that reaches the parser is still long enough to be reported as too long.
 *
 * <p>To know where fields start and end it follows RFC 4180 as Commons CSV reads it: a quote opens a quoted field
 * only as the field's first character, two quotes inside one are a quote, and commas and line breaks end a field
 * only outside quotes. Quotes, commas and line breaks are never skipped, so the structure the parser sees is
 * unchanged and its line numbers stay true. (A cell made almost entirely of line breaks therefore still reaches
 * the parser whole; such a file is refused, but only after it was read.)
 */
final class CappedCsvReader extends FilterReader {

    private enum State {
        FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED
    }

    private final int cap;
    private State state = State.FIELD_START;
    private int fieldLength;
    private boolean started;

    CappedCsvReader(Reader in, int cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                return -1;
            }
            int kept = 0;
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (!started) {
                    started = true;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                if (keep(c)) {
                    buffer[offset + kept++] = c;
                }
            }
            if (kept > 0) {
                return kept;
            }
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    /** Advances the field state by one character and says whether the character reaches the parser. */
    private boolean keep(char c) {
        switch (state) {
            case FIELD_START -> {
                fieldLength = 0;
                if (c == '"') {
                    state = State.QUOTED;
                    return true;
                }
                if (c == ',' || c == '\r' || c == '\n') {
                    return true;
                }
                state = State.UNQUOTED;
                return countAndKeep();
            }
            case UNQUOTED -> {
                if (c == ',' || c == '\r' || c == '\n') {
                    state = State.FIELD_START;
                    return true;
                }
                return c == '"' || countAndKeep();
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                    return true;
                }
                if (c == '\r' || c == '\n') {
                    fieldLength++;
                    return true;
                }
                return countAndKeep();
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    fieldLength++;
                    return true;
                }
                if (c == ',' || c == '\r' || c == '\n') {
                    state = State.FIELD_START;
                    return true;
                }
                // Text after a closing quote: the parser will refuse it; pass it on unchanged.
                state = State.UNQUOTED;
                return true;
            }
            default -> throw new IllegalStateException("unknown state " + state);
        }
    }

    private boolean countAndKeep() {
        fieldLength++;
        return fieldLength <= cap + 1;
    }
}
