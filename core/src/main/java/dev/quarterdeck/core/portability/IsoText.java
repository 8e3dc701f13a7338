package dev.quarterdeck.core.portability;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Reads ISO-8601 dates and instants. The shapes the exporter writes ({@code 2026-03-01},
 * {@code 2026-03-01T09:30:00.250Z}) are read digit by digit, which is several times faster than a
 * {@link java.time.format.DateTimeFormatter} and matters with tens of thousands of them in one file; any other
 * shape goes to the JDK's own parser, so exactly the same texts are accepted either way.
 */
final class IsoText {

    private IsoText() {
    }

    /** @throws DateTimeException when the text is not an ISO local date */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** @throws DateTimeException when the text is not an ISO instant */
    static Instant instant(String text) {
        int length = text.length();
        if (length >= 20 && text.charAt(length - 1) == 'Z' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && (length == 20 || text.charAt(19) == '.' && length <= 30 && length > 21)) {
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int fraction = length == 20 ? 0 : digits(text, 20, length - 1);
            // Out-of-range fields (24:00, leap seconds) are left to the JDK, which has its own rules for them.
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && fraction >= 0) {
                int nanos = fraction * (int) Math.pow(10, 9 - (length == 20 ? 0 : length - 21));
                LocalDate date = date(text.substring(0, 10));
                return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos)).toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(text);
    }

    /** The number written by {@code text[from, to)}, or -1 when any of it is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
