package dev.quarterdeck.app.instance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback when a Unix-domain socket cannot be used (data folder path too long for a socket address, or
 * a file system without socket support): a TCP port on 127.0.0.1 only, written with a random token to a file
 * in the data folder. Any local process can connect to a loopback port, so requests must carry the token,
 * which only the folder's owner can read. A port can be reused by an unrelated program after a crash, so an
 * endpoint counts as live only when it answers in our protocol.
 */
final class LoopbackTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackTransport.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path portFile;

    LoopbackTransport(Path portFile) {
        this.portFile = portFile.toAbsolutePath();
    }

    /** The port file's content: {@code <port> <token>}. */
    record Endpoint(int port, String token) {

        static Optional<Endpoint> parse(String text) {
            String[] parts = text.strip().split(" ");
            if (parts.length != 2 || parts[1].isEmpty()) {
                return Optional.empty();
            }
            try {
                int port = Integer.parseInt(parts[0]);
                return port > 0 && port <= 65_535 ? Optional.of(new Endpoint(port, parts[1])) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        String format() {
            return port + " " + token + "\n";
        }
    }

    @Override
    public Optional<Reply> knock(Knock knock, Duration timeout) throws IOException {
        Optional<String> content = read();
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Optional<Endpoint> endpoint = Endpoint.parse(content.get());
        if (endpoint.isEmpty()) {
            LOG.info("Removing the unreadable instance port file {}", portFile);
            Files.deleteIfExists(portFile);
            return Optional.empty();
        }
        try (SocketChannel channel = SocketChannel.open()) {
            try {
                channel.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.get().port()));
            } catch (ConnectException refused) {
                return stale("nothing listens on port " + endpoint.get().port());
            }
            Optional<Reply> reply = Protocol.exchange(channel, knock, Optional.of(endpoint.get().token()), timeout);
            return reply.isPresent() ? reply : stale("port " + endpoint.get().port() + " is not a Quarterdeck");
        }
    }

    @Override
    public Optional<InstanceServer> listen(InstanceRole role, Duration timeout) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
            Endpoint endpoint = new Endpoint(port, newToken());
            write(endpoint.format());
            return Optional.of(new InstanceServer(channel, role, Optional.of(endpoint.token()), timeout,
                    "127.0.0.1:" + port + " (" + portFile + ")", () -> removeIfStill(endpoint)));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public String describe() {
        return portFile.toString();
    }

    private Optional<Reply> stale(String why) throws IOException {
        LOG.info("Removing the stale instance port file {}: {}", portFile, why);
        Files.deleteIfExists(portFile);
        return Optional.empty();
    }

    private Optional<String> read() throws IOException {
        try {
            return Optional.of(Files.readString(portFile, StandardCharsets.US_ASCII));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Written to a temporary file first, so a knocking launch never reads half a port file. */
    private void write(String content) throws IOException {
        Path temporary = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-------"));
        }
        try {
            Files.move(temporary, portFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, portFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void removeIfStill(Endpoint ours) {
        try {
            if (read().flatMap(Endpoint::parse).filter(ours::equals).isPresent()) {
                Files.deleteIfExists(portFile);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the instance port file {}", portFile, e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
