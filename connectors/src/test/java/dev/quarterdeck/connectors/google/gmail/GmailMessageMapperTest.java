package dev.quarterdeck.connectors.google.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePart;
import com.google.api.services.gmail.model.MessagePartHeader;
import dev.quarterdeck.core.ingest.SourceItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GmailMessageMapperTest {

    private static final Instant SEEN = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void readsSendersInTheUsualForms() {
        assertThat(GmailMessageMapper.sender("\"Lee, Ann\" <ann@acme.example>"))
                .isEqualTo(new GmailMessageMapper.Sender("ann@acme.example", "Lee, Ann"));
        assertThat(GmailMessageMapper.sender("Bob Stone <bob@acme.example>"))
                .isEqualTo(new GmailMessageMapper.Sender("bob@acme.example", "Bob Stone"));
        assertThat(GmailMessageMapper.sender("<noreply@acme.example>"))
                .isEqualTo(new GmailMessageMapper.Sender("noreply@acme.example", null));
        assertThat(GmailMessageMapper.sender("carol@acme.example"))
                .isEqualTo(new GmailMessageMapper.Sender("carol@acme.example", null));
    }

    @Test
    void decodesTheHtmlEntitiesOfGmailSnippets() {
        assertThat(GmailMessageMapper.unescapeHtml("It&#39;s &quot;done&quot; &amp; shipped &lt;3 &#x263A;"))
                .isEqualTo("It's \"done\" & shipped <3 \u263A");
        assertThat(GmailMessageMapper.unescapeHtml("AT&amp;amp;T")).isEqualTo("AT&amp;T");
        assertThat(GmailMessageMapper.unescapeHtml(null)).isNull();
    }

    @Test
    void referencesAreTheMessageIdsOfTheChainWithoutItsOwn() throws Exception {
        Message message = message("m1", List.of(
                header("Message-ID", "<c@mail.example>"),
                header("References", "<a@mail.example>\r\n <b@mail.example>"),
                header("In-Reply-To", "<b@mail.example>"),
                header("Subject", "  Re:   plan  "),
                header("Date", "Fri, 20 Nov 2026 10:15:00 +0100 (CET)")));

        SourceItem item = GmailMessageMapper.toItem(message, SEEN, "test");

        assertThat(item.references()).containsExactly("a@mail.example", "b@mail.example");
        assertThat(item.title()).isEqualTo("Re: plan");
        assertThat(item.createdAt()).as("Date header when internalDate is missing")
                .isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
        assertThat(item.senderAddress()).isNull();
    }

    @Test
    void spamTrashDraftsAndPromotionsAreNotWork() {
        assertThat(GmailMessageMapper.ignored(new Message().setLabelIds(List.of("INBOX", "CATEGORY_PROMOTIONS"))))
                .isTrue();
        assertThat(GmailMessageMapper.ignored(new Message().setLabelIds(List.of("DRAFT")))).isTrue();
        assertThat(GmailMessageMapper.ignored(new Message().setLabelIds(List.of("INBOX", "IMPORTANT")))).isFalse();
        assertThat(GmailMessageMapper.ignored(new Message())).isFalse();
    }

    @Test
    void aMessageWithoutSubjectStillBecomesAnItem() throws Exception {
        SourceItem item = GmailMessageMapper.toItem(message("m2", List.of()).setInternalDate(1_790_000_000_000L),
                SEEN, "test");

        assertThat(item.title()).isEqualTo("(no subject)");
        assertThat(item.createdAt()).isEqualTo(Instant.ofEpochMilli(1_790_000_000_000L));
    }

    private static Message message(String id, List<MessagePartHeader> headers) {
        return new Message().setId(id).setThreadId(id).setSnippet("")
                .setPayload(new MessagePart().setHeaders(headers));
    }

    private static MessagePartHeader header(String name, String value) {
        return new MessagePartHeader().setName(name).setValue(value);
    }
}
