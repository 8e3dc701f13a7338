package dev.quarterdeck.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates in English text, relative to a fixed reference day (Wednesday 10 March 2027). */
class DateFinderTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 10);

    private static List<LocalDate> dates(String text) {
        return DateFinder.find(text, WEDNESDAY).stream().map(DateMention::date).toList();
    }

    @Test
    void readsIsoAndWrittenDatesWithAndWithoutYear() {
        assertThat(dates("Deadline 2027-04-01.")).containsExactly(LocalDate.of(2027, 4, 1));
        assertThat(dates("Sign by 12 March 2027 and move on the 3rd of May")).containsExactly(
                LocalDate.of(2027, 3, 12), LocalDate.of(2027, 5, 3));
        assertThat(dates("Kick-off on March 12, 2027; review Apr 2")).containsExactly(LocalDate.of(2027, 3, 12),
                LocalDate.of(2027, 4, 2));
        assertThat(dates("On 12th Sept. we start")).containsExactly(LocalDate.of(2027, 9, 12));
    }

    @Test
    void aDateWithoutYearLongBeforeTheReferenceIsNextYears() {
        assertThat(dates("Renewal on 15 January")).containsExactly(LocalDate.of(2028, 1, 15));
        assertThat(dates("As agreed on 1 March")).containsExactly(LocalDate.of(2027, 3, 1));
    }

    @Test
    void relativeDatesCountFromTheReference() {
        assertThat(dates("Send it today, or tomorrow at the latest")).containsExactly(WEDNESDAY,
                WEDNESDAY.plusDays(1));
        assertThat(dates("Lea will call by Friday")).containsExactly(LocalDate.of(2027, 3, 12));
        assertThat(dates("next Wednesday")).containsExactly(LocalDate.of(2027, 3, 17));
        assertThat(dates("in two weeks, then in 3 days, then in a month")).containsExactly(
                LocalDate.of(2027, 3, 24), LocalDate.of(2027, 3, 13), LocalDate.of(2027, 4, 10));
        assertThat(dates("by the end of the month")).containsExactly(LocalDate.of(2027, 3, 31));
        assertThat(dates("end of the week")).containsExactly(LocalDate.of(2027, 3, 12));
    }

    @Test
    void aWeekdayFollowedByItsDateIsOneDate() {
        assertThat(dates("Friday, 19 March 2027")).containsExactly(LocalDate.of(2027, 3, 19));
    }

    @Test
    void ignoresImpossibleAndAmbiguousDates() {
        assertThat(dates("31 February 2027, 03/04/2027, March 2027, version 2.12, room 12")).isEmpty();
    }

    @Test
    void keepsThePhrase() {
        assertThat(DateFinder.find("due next Friday.", WEDNESDAY)).extracting(DateMention::phrase)
                .containsExactly("next Friday");
    }
}
