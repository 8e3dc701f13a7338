package dev.quarterdeck.core.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchResultTest {

    @Test
    void isImmutableAndNeedsACursor() {
        List<String> closed = new ArrayList<>(List.of("acme/web#1"));
        FetchResult result = new FetchResult(List.of(), closed, "{\"v\":1}");
        closed.add("acme/web#2");

        assertThat(result.closedRefs()).containsExactly("acme/web#1");
        assertThat(result.isEmpty()).isFalse();
        assertThat(new FetchResult(List.of(), List.of(), "c").isEmpty()).isTrue();
        assertThatThrownBy(() -> new FetchResult(List.of(), List.of(), " ")).hasMessage("nextCursor must not be blank");
        assertThatThrownBy(() -> new FetchResult(List.of(), List.of(), "x".repeat(4_001)))
                .hasMessage("nextCursor must be at most 4000 characters");
    }
}
