package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;

/** A learned or chosen setting, e.g. key "proposal.kind.CHANGE_HORIZON.weight" with value "0.6". */
public record Preference(String key, String value, Instant updatedAt) {

    public Preference {
        key = Require.text(key, "key", 200);
        value = Require.freeText(value, "value", 10_000);
        Require.present(updatedAt, "updatedAt");
    }
}
