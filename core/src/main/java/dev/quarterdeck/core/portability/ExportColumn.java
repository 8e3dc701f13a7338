package dev.quarterdeck.core.portability;

import java.util.function.Function;

/**
 * One field of an exported record: its name (the same in JSON and as a CSV header) and how to read it. The value
 * is already in export form: text for identifiers, dates, instants, durations, URIs, currencies, enums and
 * decimals; a number, a boolean, a list of text or {@link dev.quarterdeck.core.budget.Money}; or null.
 */
record ExportColumn<T>(String name, Kind kind, Function<T, Object> value) {

    enum Kind {
        TEXT, INTEGER, NUMBER, BOOLEAN, TEXT_LIST, MONEY
    }

    Object valueOf(T row) {
        return value.apply(row);
    }
}
