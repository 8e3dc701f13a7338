package dev.quarterdeck.app.projects.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class FormInputTest {

    @Test
    void amountsAcceptGroupingAndRejectWords() {
        assertThat(FormInput.amount("240,000.50")).isEqualByComparingTo("240000.50");
        assertThat(FormInput.amount(" 1 250 ")).isEqualByComparingTo("1250");
        assertThat(FormInput.amount("")).isNull();
        assertThatThrownBy(() -> FormInput.amount("twelve")).isInstanceOf(FormInput.NotParsed.class)
                .hasMessageStartingWith("Not an amount");
    }

    @Test
    void ratingsAndCurrencies() {
        assertThat(FormInput.rating("4")).isEqualTo(4);
        assertThat(FormInput.rating(" ")).isZero();
        assertThatThrownBy(() -> FormInput.rating("high")).hasMessage("Enter a number from 1 to 5.");
        assertThat(FormInput.currency("eur")).isEqualTo(Currency.getInstance("EUR"));
        assertThatThrownBy(() -> FormInput.currency("EURO")).hasMessageStartingWith("Not a currency code");
    }

    @Test
    void oneEntryPerNonBlankLine() {
        assertThat(FormInput.lines("Move everyone\n\n  Keep the budget  \r\n")).containsExactly("Move everyone",
                "Keep the budget");
    }
}
