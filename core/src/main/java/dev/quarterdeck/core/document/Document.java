package dev.quarterdeck.core.document;

import dev.quarterdeck.core.common.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a project, copied into the data folder. {@code storedPath} is relative to the data folder;
 * {@code sha256} is lower-case hex of the content.
 */
public record Document(
        UUID id,
        UUID projectId,
        String title,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String storedPath,
        Instant addedAt,
        long version) {

    public Document {
        Require.present(id, "id");
        Require.present(projectId, "projectId");
        title = Require.text(title, "title", 200);
        fileName = Require.text(fileName, "fileName", 255);
        mediaType = Require.text(mediaType, "mediaType", 120);
        Require.notNegative(sizeBytes, "sizeBytes");
        Require.present(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        storedPath = Require.text(storedPath, "storedPath", 1_000);
        Require.present(addedAt, "addedAt");
        Require.notNegative(version, "version");
    }
}
