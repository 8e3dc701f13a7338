package dev.quarterdeck.app.instance;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening side held by the instance that owns the data folder. Answers each knock on a short-lived
 * daemon thread, so a client that connects and says nothing cannot block the others. Closing it stops
 * listening and removes the endpoint file, so the next launch does not have to recover a stale one.
 */
public final class InstanceServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceServer.class);

    private final ServerSocketChannel channel;
    private final InstanceRole role;
    private final Optional<String> token;
    private final Duration timeout;
    private final String endpoint;
    private final Runnable removeEndpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    InstanceServer(ServerSocketChannel channel, InstanceRole role, Optional<String> token, Duration timeout,
            String endpoint, Runnable removeEndpoint) {
        this.channel = channel;
        this.role = role;
        this.token = token;
        this.timeout = timeout;
        this.endpoint = endpoint;
        this.removeEndpoint = removeEndpoint;
        Thread acceptor = new Thread(this::acceptLoop, "quarterdeck-instance-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Where this server listens, e.g. the socket file, for logs and messages. */
    public String endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Could not close the instance endpoint {}", endpoint, e);
        }
        removeEndpoint.run();
    }

    private void acceptLoop() {
        while (!closed.get()) {
            try {
                SocketChannel client = channel.accept();
                Thread handler = new Thread(() -> answer(client), "quarterdeck-instance-knock");
                handler.setDaemon(true);
                handler.start();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (closed.get()) {
                    return;
                }
                LOG.warn("Accepting a knock on {} failed", endpoint, e);
                pauseAfterFailure();
            }
        }
    }

    /** A failure that repeats (too many open files) must not turn the loop into a busy spin. */
    private static void pauseAfterFailure() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(SocketChannel client) {
        Watchdog watchdog = Watchdog.guard(client, timeout);
        try (client) {
            String line = Protocol.readLine(client);
            Optional<Knock> knock = Protocol.parseRequest(line, token);
            if (knock.isEmpty()) {
                LOG.warn("Ignored a malformed or unauthorised knock on {}", endpoint);
                return;
            }
            Reply reply = role.answer(knock.get());
            LOG.info("Answered {} with {}", knock.get(), reply);
            Protocol.writeLine(client, Protocol.reply(reply));
        } catch (IOException e) {
            LOG.debug("A knock on {} ended without a request", endpoint, e);
        } finally {
            watchdog.close();
        }
    }
}
