package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Source items for tests, built field by field. */
final class Items {

    static final Instant T0 = Instant.parse("2026-11-16T09:00:00Z");

    private SourceKind kind;
    private String ref;
    private String title;
    private String snippet = "";
    private String senderAddress;
    private String senderName;
    private Instant createdAt = T0;
    private LocalDate due;
    private String threadId;
    private List<String> references = List.of();
    private URI url;
    private Instant start;
    private Instant end;
    private String projectCode;

    private Items(SourceKind kind, String ref, String title) {
        this.kind = kind;
        this.ref = ref;
        this.title = title;
    }

    static Items item(SourceKind kind, String ref, String title) {
        return new Items(kind, ref, title);
    }

    Items snippet(String value) {
        snippet = value;
        return this;
    }

    Items from(String address, String name) {
        senderAddress = address;
        senderName = name;
        return this;
    }

    Items created(Instant value) {
        createdAt = value;
        return this;
    }

    Items due(LocalDate value) {
        due = value;
        return this;
    }

    Items thread(String value) {
        threadId = value;
        return this;
    }

    Items references(String... refs) {
        references = List.of(refs);
        return this;
    }

    Items url(String value) {
        url = URI.create(value);
        return this;
    }

    Items event(Instant from, Instant to) {
        start = from;
        end = to;
        return this;
    }

    Items project(String code) {
        projectCode = code;
        return this;
    }

    SourceItem build() {
        return new SourceItem(UUID.randomUUID(), kind, ref, title, snippet, senderAddress, senderName, createdAt, due,
                threadId, references, url, start, end, projectCode, null, createdAt);
    }
}
