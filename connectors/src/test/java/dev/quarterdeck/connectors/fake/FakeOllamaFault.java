package dev.quarterdeck.connectors.fake;

import java.time.Duration;

/**
 * One misbehaviour of {@link FakeOllama} for the next request to {@code path}: a delay before the answer starts,
 * a raw answer in place of the real one (any status, any body, including one that is not JSON), or something that
 * happens after {@code afterPieces} pieces of a streamed answer: a stall, an {@code {"error": ...}} line, a line that
 * is not JSON, or the end of the body without the {@code done} line.
 */
public record FakeOllamaFault(
        String path,
        Duration delay,
        int rawStatus,
        String rawBody,
        int afterPieces,
        Duration stall,
        String midStreamError,
        String midStreamLine,
        boolean interrupts) {

    /** The answer starts only after {@code delay} (a model loading, or a slow computer). */
    public static FakeOllamaFault slow(String path, Duration delay) {
        return new FakeOllamaFault(path, delay, 0, null, -1, null, null, null, false);
    }

    /** {@code body} with {@code status} instead of the real answer. */
    public static FakeOllamaFault raw(String path, int status, String body) {
        return new FakeOllamaFault(path, Duration.ZERO, status, body, -1, null, null, null, false);
    }

    /** As Ollama reports a failure mid-answer: an error object as the last NDJSON line, with status 200. */
    public static FakeOllamaFault errorMidStream(int afterPieces, String error) {
        return new FakeOllamaFault("/api/chat", Duration.ZERO, 0, null, afterPieces, null, error, null, true);
    }

    /** The stream sends nothing more for {@code stall}, then ends without the done line. */
    public static FakeOllamaFault stallMidStream(int afterPieces, Duration stall) {
        return new FakeOllamaFault("/api/chat", Duration.ZERO, 0, null, afterPieces, stall, null, null, true);
    }

    public static FakeOllamaFault garbageMidStream(int afterPieces, String line) {
        return new FakeOllamaFault("/api/chat", Duration.ZERO, 0, null, afterPieces, null, null, line, true);
    }

    /** The body ends after {@code afterPieces} pieces, without the done line (a crashed server, a proxy cut-off). */
    public static FakeOllamaFault cutOff(int afterPieces) {
        return new FakeOllamaFault("/api/chat", Duration.ZERO, 0, null, afterPieces, null, null, null, true);
    }
}
