package dev.quarterdeck.core.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Argument checks for record constructors. Every failure names the field, so a form or an import can
 * show the message next to the field or row it came from.
 */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** Strips surrounding white space and rejects blank or over-long text. */
    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    /** Optional text: null stays null, blank becomes null, anything else is stripped and length-checked. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, maxLength);
    }

    /** Long free text (notes, descriptions): never null, may be empty. */
    public static String freeText(String value, String field, int maxLength) {
        String text = value == null ? "" : value;
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return text;
    }

    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
        return value;
    }

    public static BigDecimal notNegative(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }

    /** Both dates optional; when both are given the first must not be after the second. */
    public static void order(LocalDate first, LocalDate second, String firstField, String secondField) {
        if (first != null && second != null && first.isAfter(second)) {
            throw new IllegalArgumentException(secondField + " (" + second + ") must not be before " + firstField
                    + " (" + first + ")");
        }
    }

    public static String email(String value, String field) {
        String email = optionalText(value, field, 320);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException(field + " is not an e-mail address: " + email);
        }
        return email;
    }

    public static void equal(Object a, Object b, String message) {
        if (!Objects.equals(a, b)) {
            throw new IllegalArgumentException(message);
        }
    }
}
