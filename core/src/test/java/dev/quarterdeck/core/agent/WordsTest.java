package dev.quarterdeck.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void keepsSignificantWordsInOrderWithoutStopWordsOrBareNumbers() {
        assertThat(Words.of("Re: Revised quote: 140 additional crates for Quay Street"))
                .containsExactly("revised", "quote", "additional", "crate", "quay", "street");
    }

    @Test
    void versionsCodesAndShortWordsWithDigitsStay() {
        assertThat(Words.of("Upgrade staging to 1.31 (KUBE-142), Q3 v7 pool 1b"))
                .containsExactly("upgrade", "stag", "1.31", "kube", "q3", "v7", "pool", "1b");
    }

    @Test
    void lightStemmingMakesInflectionsMeet() {
        assertThat(Words.of("crash-loops")).containsExactly("crash", "loop");
        assertThat(Words.of("crash-looping")).containsExactly("crash", "loop");
        assertThat(Words.of("Fix Helm charts using removed APIs"))
                .containsExactly("fix", "helm", "chart", "using", "removed", "api");
        assertThat(Words.of("business access")).containsExactly("business", "access");
    }

    @Test
    void surfacesKeepTheFirstSpelling() {
        assertThat(Words.surfaces("Signage permits, more permits")).containsEntry("permit", "permits")
                .containsEntry("signage", "signage");
    }

    @Test
    void similarity() {
        var a = Words.of("Strimzi operator crash-loops on 1.31 staging");
        var b = Words.of("Strimzi crash-looping on staging after the 1.31 bump");
        // {strimzi, crash, loop, 1.31, stag} shared of {strimzi, operator, crash, loop, 1.31, stag, bump}
        assertThat(Words.shared(a, b)).isEqualTo(5);
        assertThat(Words.jaccard(a, b)).isCloseTo(5.0 / 7, within(1e-9));
        assertThat(Words.jaccard(Words.of(""), Words.of(""))).isZero();
    }
}
