package dev.quarterdeck.app.instance;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The one-line wire format between launches. A request is {@code QUARTERDECK/1 <KNOCK> [token]}, a reply
 * {@code QUARTERDECK/1 <REPLY>}; each ends with a newline. The token is only used over loopback TCP, where any
 * local process could connect; a Unix-domain socket is protected by the owner-only data folder.
 */
final class Protocol {

    static final String MAGIC = "QUARTERDECK/1";
    private static final int MAX_LINE = 256;

    private Protocol() {
    }

    static String request(Knock knock, Optional<String> token) {
        return MAGIC + " " + knock.name() + token.map(value -> " " + value).orElse("") + "\n";
    }

    static String reply(Reply reply) {
        return MAGIC + " " + reply.name() + "\n";
    }

    /** The knock in a request line, if the line is well-formed and carries the expected token. */
    static Optional<Knock> parseRequest(String line, Optional<String> expectedToken) {
        String[] parts = line.split(" ");
        if (parts.length < 2 || parts.length > 3 || !parts[0].equals(MAGIC)) {
            return Optional.empty();
        }
        Optional<String> token = parts.length == 3 ? Optional.of(parts[2]) : Optional.empty();
        if (expectedToken.isPresent() && !expectedToken.equals(token)) {
            return Optional.empty();
        }
        return enumValue(Knock.class, parts[1]);
    }

    /** The reply in a reply line, if well-formed; {@link Reply#SILENT} never travels on the wire. */
    static Optional<Reply> parseReply(String line) {
        String[] parts = line.split(" ");
        if (parts.length != 2 || !parts[0].equals(MAGIC)) {
            return Optional.empty();
        }
        return enumValue(Reply.class, parts[1]).filter(reply -> reply != Reply.SILENT);
    }

    /**
     * Sends a knock on a connected channel and reads the reply: {@link Reply#SILENT} when none came in time,
     * empty when the other side closed the connection or answered something that is not our protocol.
     */
    static Optional<Reply> exchange(SocketChannel channel, Knock knock, Optional<String> token, Duration timeout) {
        try (Watchdog watchdog = Watchdog.guard(channel, timeout)) {
            try {
                writeLine(channel, request(knock, token));
                return parseReply(readLine(channel));
            } catch (IOException e) {
                return watchdog.fired() ? Optional.of(Reply.SILENT) : Optional.empty();
            }
        }
    }

    static void writeLine(ByteChannel channel, String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Reads up to a newline; a line longer than any valid message or a stream that ends first is an error. */
    static String readLine(ByteChannel channel) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        StringBuilder line = new StringBuilder();
        while (line.length() <= MAX_LINE) {
            one.clear();
            if (channel.read(one) < 0) {
                throw new EOFException("the other side closed before a full line");
            }
            char c = (char) (one.get(0) & 0xff);
            if (c == '\n') {
                return line.toString();
            }
            line.append(c);
        }
        throw new IOException("line longer than " + MAX_LINE + " bytes");
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
