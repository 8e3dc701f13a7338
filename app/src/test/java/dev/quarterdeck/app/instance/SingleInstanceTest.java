package dev.quarterdeck.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path dataDir;

    private final AtomicInteger reveals = new AtomicInteger();
    private final List<AutoCloseable> cleanUp = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : cleanUp) {
            closeable.close();
        }
    }

    private InstanceServer acquire(Path folder, InstanceRole role) throws IOException {
        Claim claim = SingleInstance.forDataFolder(folder, TIMEOUT).claim(Knock.REVEAL, role);
        assertThat(claim).isInstanceOf(Claim.Acquired.class);
        InstanceServer server = ((Claim.Acquired) claim).server();
        cleanUp.add(server);
        return server;
    }

    private Claim knock(Path folder, Knock knock) throws IOException {
        Claim claim = SingleInstance.forDataFolder(folder, TIMEOUT).claim(knock, InstanceRole.headless());
        if (claim instanceof Claim.Acquired) {
            cleanUp.add(((Claim.Acquired) claim).server());
        }
        return claim;
    }

    private InstanceRole window() {
        return InstanceRole.window(reveals::incrementAndGet);
    }

    @Test
    void aSecondLaunchRevealsTheFirstOverTheSocket() throws IOException {
        InstanceServer first = acquire(dataDir, window());

        Claim second = knock(dataDir, Knock.REVEAL);

        assertThat(first.endpoint()).isEqualTo(dataDir.resolve("quarterdeck.sock").toString());
        assertThat(second).isEqualTo(new Claim.HeldElsewhere(Reply.REVEALED, first.endpoint()));
        assertThat(reveals).hasValue(1);
    }

    @Test
    void aPingFindsTheWindowWithoutRaisingIt() throws IOException {
        acquire(dataDir, window());

        Claim ping = knock(dataDir, Knock.PING);

        assertThat(ping).extracting(claim -> ((Claim.HeldElsewhere) claim).reply()).isEqualTo(Reply.ALIVE);
        assertThat(reveals).hasValue(0);
    }

    @Test
    void aHeadlessHolderAnswersBusy() throws IOException {
        acquire(dataDir, InstanceRole.headless());

        assertThat(knock(dataDir, Knock.REVEAL))
                .extracting(claim -> ((Claim.HeldElsewhere) claim).reply()).isEqualTo(Reply.BUSY);
    }

    @Test
    void aWindowThatCannotBeRaisedStillCountsAsRunning() throws IOException {
        acquire(dataDir, InstanceRole.window(() -> {
            throw new IllegalStateException("no stage yet");
        }));

        assertThat(knock(dataDir, Knock.REVEAL))
                .extracting(claim -> ((Claim.HeldElsewhere) claim).reply()).isEqualTo(Reply.ALIVE);
    }

    @Test
    void closingReleasesTheFolderForTheNextLaunch() throws IOException {
        InstanceServer first = acquire(dataDir, window());
        first.close();

        assertThat(dataDir.resolve("quarterdeck.sock")).doesNotExist();
        InstanceServer next = acquire(dataDir, window());
        assertThat(knock(dataDir, Knock.REVEAL)).isEqualTo(new Claim.HeldElsewhere(Reply.REVEALED, next.endpoint()));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void recoversTheStaleSocketFileOfACrashedInstance() throws IOException {
        Path socket = dataDir.resolve("quarterdeck.sock");
        // A closed server channel leaves its socket file behind, as a killed process does.
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(Files.exists(socket, LinkOption.NOFOLLOW_LINKS)).isTrue();

        acquire(dataDir, window());

        assertThat(knock(dataDir, Knock.REVEAL))
                .extracting(claim -> ((Claim.HeldElsewhere) claim).reply()).isEqualTo(Reply.REVEALED);
        assertThat(reveals).hasValue(1);
    }

    @Test
    void aListenerThatNeverAnswersIsReportedNotReplaced() throws IOException {
        Path socket = dataDir.resolve("quarterdeck.sock");
        ServerSocketChannel hung = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        cleanUp.add(hung);
        hung.bind(UnixDomainSocketAddress.of(socket));
        long start = System.nanoTime();

        Claim claim = knock(dataDir, Knock.REVEAL);

        assertThat(claim).isEqualTo(new Claim.HeldElsewhere(Reply.SILENT, socket.toString()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(TIMEOUT);
        assertThat(Files.exists(socket, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aLongDataFolderFallsBackToALoopbackPortWithAToken() throws IOException {
        Path deep = Files.createDirectories(dataDir.resolve("a-folder-name-long-enough-to-push-the-socket-path-past"
                + "-the-limit-of-a-unix-domain-socket-address-which-is-about-one-hundred-bytes"));
        SingleInstance instance = SingleInstance.forDataFolder(deep, TIMEOUT);
        assertThat(instance.usesUnixSocket()).isFalse();

        InstanceServer first = acquire(deep, window());
        Claim second = knock(deep, Knock.REVEAL);

        Path portFile = deep.resolve("quarterdeck.port");
        String[] content = Files.readString(portFile, StandardCharsets.US_ASCII).strip().split(" ");
        assertThat(first.endpoint()).isEqualTo("127.0.0.1:" + content[0] + " (" + portFile + ")");
        assertThat(content[1]).matches("[0-9a-f]{32}");
        assertThat(second).isEqualTo(new Claim.HeldElsewhere(Reply.REVEALED, portFile.toString()));
        assertThat(reveals).hasValue(1);
        assertThat(deep.resolve("quarterdeck.sock")).doesNotExist();
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile))).isEqualTo("rw-------");
        }

        first.close();
        assertThat(portFile).doesNotExist();
    }

    @Test
    void theLoopbackServerIgnoresRequestsWithoutTheToken() throws IOException {
        Path deep = Files.createDirectories(dataDir.resolve("x".repeat(120)));
        InstanceServer server = acquire(deep, window());
        int port = Integer.parseInt(Files.readString(deep.resolve("quarterdeck.port")).split(" ")[0]);

        try (SocketChannel intruder = SocketChannel.open(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(Protocol.exchange(intruder, Knock.REVEAL, java.util.Optional.of("guess"), TIMEOUT)).isEmpty();
        }
        assertThat(reveals).hasValue(0);
        assertThat(server.endpoint()).contains(String.valueOf(port));
    }

    @Test
    void replacesAPortFileWhosePortIsClosed() throws IOException {
        Path deep = Files.createDirectories(dataDir.resolve("y".repeat(120)));
        int closedPort;
        try (ServerSocketChannel gone = ServerSocketChannel.open()) {
            gone.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closedPort = ((InetSocketAddress) gone.getLocalAddress()).getPort();
        }
        Files.writeString(deep.resolve("quarterdeck.port"), closedPort + " 00112233445566778899aabbccddeeff\n");

        acquire(deep, window());

        assertThat(knock(deep, Knock.REVEAL))
                .extracting(claim -> ((Claim.HeldElsewhere) claim).reply()).isEqualTo(Reply.REVEALED);
    }

    @Test
    void replacesAPortFileWhosePortNowBelongsToAnotherProgram() throws IOException {
        Path deep = Files.createDirectories(dataDir.resolve("z".repeat(120)));
        ServerSocketChannel stranger = ServerSocketChannel.open();
        cleanUp.add(stranger);
        stranger.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = ((InetSocketAddress) stranger.getLocalAddress()).getPort();
        Thread strangerLoop = new Thread(() -> {
            try {
                while (true) {
                    try (SocketChannel client = stranger.accept()) {
                        Protocol.writeLine(client, "HTTP/1.1 400 Bad Request\n");
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        strangerLoop.setDaemon(true);
        strangerLoop.start();
        Files.writeString(deep.resolve("quarterdeck.port"), port + " 00112233445566778899aabbccddeeff\n");

        InstanceServer server = acquire(deep, window());

        assertThat(server.endpoint()).doesNotContain(":" + port + " ");
    }

    @Test
    void claimsFromManyThreadsYieldExactlyOneHolder() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Claim> claims = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            Thread thread = new Thread(() -> {
                try {
                    claims.add(SingleInstance.forDataFolder(dataDir, TIMEOUT).claim(Knock.REVEAL, window()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        claims.stream().filter(Claim.Acquired.class::isInstance)
                .forEach(claim -> cleanUp.add(((Claim.Acquired) claim).server()));

        assertThat(claims).hasSize(6);
        assertThat(claims).filteredOn(Claim.Acquired.class::isInstance).hasSize(1);
        assertThat(reveals).hasValue(5);
    }
}
