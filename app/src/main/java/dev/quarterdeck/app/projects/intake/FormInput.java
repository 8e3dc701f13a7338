package dev.quarterdeck.app.projects.intake;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Parses what a user typed into form values; a {@code null} result means "could not parse" (see each method). */
final class FormInput {

    private FormInput() {
    }

    /** "240,000.50", "240 000", "1_000" → the amount; blank → null; anything else → {@link NotParsed}. */
    static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(",", "").replace("_", "").replace(" ", "").replace("\u00a0", "");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new NotParsed("Not an amount — use digits and a point, e.g. 240000 or 1,250.50.");
        }
    }

    /** A 1–5 rating typed as text; blank → 0 (the check then says it is required). */
    static int rating(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new NotParsed("Enter a number from 1 to 5.");
        }
    }

    static Currency currency(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotParsed("Not a currency code — use three letters such as EUR, USD or GBP.");
        }
    }

    /** One entry per non-blank line. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Text the user typed that is not the kind of value the field takes. */
    static final class NotParsed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotParsed(String message) {
            super(message);
        }
    }
}
