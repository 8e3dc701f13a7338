package dev.quarterdeck.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    @Test
    void findsTheNextPageAmongGitHubsLinks() {
        String header = "<https://api.github.com/issues?filter=assigned&per_page=2&page=2>; rel=\"next\", "
                + "<https://api.github.com/issues?filter=assigned&per_page=2&page=5>; rel=\"last\"";

        assertThat(LinkHeader.next(header))
                .contains(URI.create("https://api.github.com/issues?filter=assigned&per_page=2&page=2"));
        assertThat(LinkHeader.find(header, "last"))
                .contains(URI.create("https://api.github.com/issues?filter=assigned&per_page=2&page=5"));
    }

    @Test
    void theLastPageHasNoNext() {
        String header = "<https://api.github.com/issues?page=1>; rel=\"first\", "
                + "<https://api.github.com/issues?page=4>; rel=\"prev\"";

        assertThat(LinkHeader.next(header)).isEmpty();
        assertThat(LinkHeader.next(null)).isEmpty();
        assertThat(LinkHeader.next("")).isEmpty();
    }

    @Test
    void readsSeveralRelationsUnquotedRelationsAndCommasInsideUrls() {
        assertThat(LinkHeader.next("<https://x.example/a?q=a,b&page=2>; rel=\"next last\""))
                .contains(URI.create("https://x.example/a?q=a,b&page=2"));
        assertThat(LinkHeader.next("<https://x.example/p2>;rel=next")).contains(URI.create("https://x.example/p2"));
        assertThat(LinkHeader.next("<https://x.example/p2>; title=\"nextish\"; rel=\"prev\"")).isEmpty();
    }
}
