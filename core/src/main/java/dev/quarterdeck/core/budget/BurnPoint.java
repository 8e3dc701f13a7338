package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import java.time.LocalDate;

/** One point of a burn chart: a cumulative amount at the end of a day. */
public record BurnPoint(LocalDate date, Money amount) {

    public BurnPoint {
        Require.present(date, "date");
        Require.present(amount, "amount");
    }
}
