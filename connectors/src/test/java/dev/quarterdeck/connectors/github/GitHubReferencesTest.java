package dev.quarterdeck.connectors.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GitHubReferencesTest {

    @Test
    void findsShortQualifiedAndLinkedMentionsOnceEachInOrder() {
        String text = "Fixes #12, relates to acme/infra#3 and https://github.com/acme/api/pull/77.\n"
                + "Again #12 and https://github.com/acme/web/issues/12#issuecomment-1.";

        assertThat(GitHubReferences.find(text, "acme/web", "acme/web#1"))
                .containsExactly("acme/web#12", "acme/infra#3", "acme/api#77");
    }

    @Test
    void ignoresItselfHtmlEntitiesAnchorsAndHeadings() {
        String text = "# Heading\n&#123; is a brace, see page#5 and url.example/#7; also acme/web#1 is me";

        assertThat(GitHubReferences.find(text, "acme/web", "acme/web#1")).isEmpty();
        assertThat(GitHubReferences.find(null, "acme/web", "acme/web#1")).isEmpty();
    }

    @Test
    void readsEnterpriseHostsAndDotsInRepositoryNames() {
        assertThat(GitHubReferences.find("see https://git.corp.example/team/app.js/pull/4 and team/app.js#5",
                "team/app.js", "team/app.js#1")).containsExactly("team/app.js#4", "team/app.js#5");
    }
}
