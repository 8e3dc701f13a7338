package dev.quarterdeck.core.ingest;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One piece of work as a connector saw it (an email, an event, a document, an issue, a PR). Unique by
 * (kind, ref). {@code references} are other items' refs (reply chains, issue links). {@code taskId} is the task
 * the pipeline made or matched, if any. Events carry start and end.
 */
public record SourceItem(
        UUID id,
        SourceKind kind,
        String ref,
        String title,
        String snippet,
        String senderAddress,
        String senderName,
        Instant createdAt,
        LocalDate due,
        String threadId,
        List<String> references,
        URI url,
        Instant start,
        Instant end,
        String projectCode,
        UUID taskId,
        Instant seenAt) {

    public SourceItem {
        Require.present(id, "id");
        Require.present(kind, "kind");
        if (kind == SourceKind.MANUAL) {
            throw new IllegalArgumentException("a source item comes from a source, not MANUAL");
        }
        ref = Require.text(ref, "ref", 500);
        title = Require.text(title, "title", 500);
        snippet = Require.freeText(snippet, "snippet", 10_000);
        senderAddress = Require.optionalText(senderAddress, "senderAddress", 320);
        senderName = Require.optionalText(senderName, "senderName", 200);
        Require.present(createdAt, "createdAt");
        threadId = Require.optionalText(threadId, "threadId", 500);
        references = List.copyOf(Require.present(references, "references"));
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start");
        }
        projectCode = Require.optionalText(projectCode, "projectCode", 12);
        Require.present(seenAt, "seenAt");
    }
}
