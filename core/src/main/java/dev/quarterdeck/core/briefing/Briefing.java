package dev.quarterdeck.core.briefing;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.util.UUID;

/** A stored briefing in Markdown. {@code producedBy} is the model name or "rules". */
public record Briefing(UUID id, BriefingKind kind, Instant createdAt, String producedBy, String markdown) {

    public Briefing {
        Require.present(id, "id");
        Require.present(kind, "kind");
        Require.present(createdAt, "createdAt");
        producedBy = Require.text(producedBy, "producedBy", 120);
        markdown = Require.text(markdown, "markdown", 200_000);
    }
}
