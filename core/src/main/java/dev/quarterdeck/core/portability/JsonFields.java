package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.budget.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object of an export, turning each into its Java type and reporting every field that
 * cannot be read at that field's own line and path. Every known field must be present (null where the record allows
 * it) and no other field may be. A getter that fails returns null (or 0) and marks the object as
 * broken; {@link #build} then skips the record's constructor, whose complaints would only repeat the first ones.
 */
final class JsonFields {

    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final LocatedJson object;
    private final String path;
    private final ProblemList problems;
    private boolean broken;

    JsonFields(LocatedJson object, String path, Collection<String> knownFields, ProblemList problems) {
        this(object, path, knownFields, java.util.Set.of(), problems);
    }

    /** {@code mayBeMissing}: known fields whose absence is not a problem. */
    JsonFields(LocatedJson object, String path, Collection<String> knownFields, Collection<String> mayBeMissing,
            ProblemList problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
        for (var field : object.fields.entrySet()) {
            if (!knownFields.contains(field.getKey())) {
                LocatedJson value = field.getValue();
                problems.add(value.line, value.column, path + "." + field.getKey(),
                        "unknown field \"" + field.getKey() + "\"");
                broken = true;
            }
        }
        for (String name : knownFields) {
            if (!object.fields.containsKey(name) && !mayBeMissing.contains(name)) {
                problems.add(object.line, object.column, path, "missing field \"" + name + "\"");
                broken = true;
            }
        }
    }

    LocatedJson object() {
        return object;
    }

    String path() {
        return path;
    }

    boolean isBroken() {
        return broken;
    }

    /**
     * Runs the record's constructor unless a field was already unreadable. A rejection is reported at the field the
     * message starts with ("due (2026-01-01) must not be before start"), or else at the object itself.
     */
    <T> T build(Supplier<T> constructor) {
        if (broken) {
            return null;
        }
        try {
            return constructor.get();
        } catch (RuntimeException e) {
            // Any rejection by a constructor is a problem with the data, and an import must list it, not crash.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String firstWord = message.split("[ (]", 2)[0];
            LocatedJson field = object.field(firstWord);
            if (field != null) {
                problems.add(field.line, field.column, path + "." + firstWord, message);
            } else {
                problems.add(object.line, object.column, path, message);
            }
            broken = true;
            return null;
        }
    }

    String string(String name) {
        LocatedJson value = present(name);
        if (value == null) {
            return null;
        }
        if (value.type != LocatedJson.Type.STRING) {
            return wrongType(name, value, "a string");
        }
        return value.text;
    }

    UUID uuid(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        if (!isUuid(text)) {
            return invalid(name, "is not a UUID (like 3f2b6c1e-8a4d-4f0e-9b7a-2c5d8e1f0a3b)");
        }
        return UUID.fromString(text);
    }

    LocalDate date(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return IsoText.date(text);
        } catch (DateTimeException e) {
            return invalid(name, "is not a date (use YYYY-MM-DD)");
        }
    }

    Instant instant(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return IsoText.instant(text);
        } catch (DateTimeException e) {
            return invalid(name, "is not an instant (use UTC like 2026-03-01T09:30:00Z)");
        }
    }

    Duration duration(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeException e) {
            return invalid(name, "is not an ISO-8601 duration (like PT1H30M)");
        }
    }

    URI uri(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return invalid(name, "is not a URI: " + e.getReason());
        }
    }

    Currency currency(String name) {
        String text = string(name);
        return text == null ? null : currencyOf(name, object.field(name), text);
    }

    BigDecimal decimal(String name) {
        String text = string(name);
        return text == null ? null : decimalOf(name, object.field(name), text);
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return invalid(name, "is not one of " + allowed);
    }

    /** Money is {"amount": "1200.00", "currency": "EUR"}: the amount is text so no digit is ever lost. */
    Money money(String name) {
        LocatedJson value = present(name);
        if (value == null) {
            return null;
        }
        if (value.type != LocatedJson.Type.OBJECT) {
            return wrongType(name, value, "an object like {\"amount\": \"1200.00\", \"currency\": \"EUR\"}");
        }
        JsonFields money = new JsonFields(value, path + "." + name, List.of("amount", "currency"), problems);
        BigDecimal amount = money.decimal("amount");
        Currency currency = money.currency("currency");
        Money result = money.build(() -> new Money(amount, currency));
        broken |= money.broken;
        return result;
    }

    List<String> strings(String name) {
        LocatedJson value = present(name);
        if (value == null) {
            return null;
        }
        if (value.type != LocatedJson.Type.ARRAY) {
            return wrongType(name, value, "an array of strings");
        }
        List<String> texts = new ArrayList<>(value.items.size());
        for (int i = 0; i < value.items.size(); i++) {
            LocatedJson item = value.items.get(i);
            if (item.type != LocatedJson.Type.STRING) {
                problems.add(item.line, item.column, path + "." + name + "[" + i + "]",
                        "expected a string, found " + item.shown());
                broken = true;
            } else {
                texts.add(item.text);
            }
        }
        return broken ? null : texts;
    }

    int integer(String name) {
        long value = longInteger(name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            invalid(name, "is too large");
            return 0;
        }
        return (int) value;
    }

    long longInteger(String name) {
        LocatedJson value = required(name);
        if (value == null) {
            return 0;
        }
        if (value.type != LocatedJson.Type.INTEGER) {
            wrongType(name, value, "a whole number");
            return 0;
        }
        try {
            return Long.parseLong(value.text);
        } catch (NumberFormatException e) {
            invalid(name, "is too large");
            return 0;
        }
    }

    double number(String name) {
        LocatedJson value = required(name);
        if (value == null) {
            return 0;
        }
        if (value.type != LocatedJson.Type.INTEGER && value.type != LocatedJson.Type.DECIMAL) {
            wrongType(name, value, "a number");
            return 0;
        }
        double number = Double.parseDouble(value.text);
        if (Double.isInfinite(number)) {
            invalid(name, "is too large");
            return 0;
        }
        return number;
    }

    boolean bool(String name) {
        LocatedJson value = required(name);
        if (value == null) {
            return false;
        }
        if (value.type != LocatedJson.Type.BOOLEAN) {
            wrongType(name, value, "true or false");
            return false;
        }
        return Boolean.parseBoolean(value.text);
    }

    /** The field's value, or null when it is null (or missing, reported already): the record decides on null. */
    private LocatedJson present(String name) {
        LocatedJson value = object.field(name);
        return value == null || value.isNull() ? null : value;
    }

    /** For primitive fields, where Java has no null: null is a problem here. */
    private LocatedJson required(String name) {
        LocatedJson value = object.field(name);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            problems.add(value.line, value.column, path + "." + name, name + " is required");
            broken = true;
            return null;
        }
        return value;
    }

    /** The canonical 8-4-4-4-12 hex form; {@link UUID#fromString} alone also takes shorter, odd forms. */
    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private Currency currencyOf(String name, LocatedJson value, String text) {
        if (text.length() == 3 && text.equals(text.toUpperCase(Locale.ROOT))) {
            try {
                return Currency.getInstance(text);
            } catch (IllegalArgumentException e) {
                // falls through to the message below
            }
        }
        report(name, value, value.shown() + " is not an ISO 4217 currency code (like EUR)");
        return null;
    }

    private BigDecimal decimalOf(String name, LocatedJson value, String text) {
        if (!DECIMAL_TEXT.matcher(text).matches() || text.length() > 40) {
            report(name, value, value.shown() + " is not a decimal amount (like \"1200.00\")");
            return null;
        }
        return new BigDecimal(text);
    }

    private <T> T wrongType(String name, LocatedJson value, String expected) {
        report(name, value, "expected " + expected + ", found " + value.shown());
        return null;
    }

    private <T> T invalid(String name, String complaint) {
        LocatedJson value = object.field(name);
        report(name, value, value.shown() + " " + complaint);
        return null;
    }

    private void report(String name, LocatedJson value, String message) {
        problems.add(value.line, value.column, path + "." + name, message);
        broken = true;
    }
}
