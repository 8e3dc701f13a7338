package dev.quarterdeck.core.document;

import dev.quarterdeck.core.common.Require;
import java.time.LocalDate;

/** A date written in a text: the day it means and the words that say it ("12 March 2027", "next Friday"). */
public record DateMention(LocalDate date, String phrase) {

    public DateMention {
        Require.present(date, "date");
        phrase = Require.text(phrase, "phrase", 100);
    }
}
