package dev.quarterdeck.connectors.http;

import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A response read line by line as it arrives (NDJSON, server-sent lines), from {@link ApiClient#openLines}. The
 * HTTP client pushes lines into a queue on its own threads; the reader takes them on its thread with a time limit
 * per line, so a server that stops sending mid-answer times out instead of hanging. {@link #abort()} may be called
 * from any thread (a Stop button): it wakes a waiting reader, which then sees the end of the stream, and drops the
 * connection. Reading is for one thread.
 */
public final class LineStream implements AutoCloseable {

    private sealed interface Event permits Started, Line, Ended, Failed, Aborted {
    }

    private record Started(int status) implements Event {
    }

    private record Line(String text) implements Event {
    }

    private record Ended() implements Event {
    }

    private record Failed(Throwable error) implements Event {
    }

    private record Aborted() implements Event {
    }

    private static final Logger log = LoggerFactory.getLogger(LineStream.class);

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final String service;
    private final String what;
    private final Duration idleTimeout;
    private final Redactor redactor;
    private final long startedAt = System.nanoTime();
    private volatile CompletableFuture<?> pending;
    private volatile Flow.Subscription subscription;
    private volatile boolean aborted;
    private boolean finished;
    private int status;

    LineStream(String service, String what, Duration idleTimeout, Redactor redactor) {
        this.service = service;
        this.what = what;
        this.idleTimeout = idleTimeout;
        this.redactor = redactor;
    }

    /** The body handler that feeds this stream; the status is queued first, then the lines. */
    HttpResponse.BodyHandler<Void> bodyHandler() {
        return info -> {
            events.add(new Started(info.statusCode()));
            return HttpResponse.BodySubscribers.fromLineSubscriber(new QueueingSubscriber());
        };
    }

    /** Watches the exchange so that a failure before the body (refused connection, timeout) reaches the reader. */
    void watch(CompletableFuture<?> exchange) {
        pending = exchange;
        exchange.whenComplete((ignored, error) -> {
            if (error != null) {
                events.add(new Failed(unwrap(error)));
            }
        });
        if (aborted) {
            exchange.cancel(true);
        }
    }

    /**
     * The response status, waiting for it (at most the idle timeout) on the first call. Register any abort action
     * before calling this: a model server may take long to start answering.
     *
     * @throws ConnectorException OFFLINE when the server cannot be reached, does not answer in time, or the stream
     *                            was aborted before the status came
     */
    public int status() throws ConnectorException {
        if (status != 0) {
            return status;
        }
        if (finished || aborted) {
            finished = true;
            throw stoppedBeforeAnswer();
        }
        Event event = take();
        if (event instanceof Started started) {
            status = started.status();
            log.debug("{} {} -> {} after {} ms, streaming", service, what, status,
                    (System.nanoTime() - startedAt) / 1_000_000);
            return status;
        }
        finished = true;
        if (event instanceof Failed failed) {
            throw failure(failed.error());
        }
        throw stoppedBeforeAnswer();
    }

    /**
     * The next line, or null at the end of the body or after {@link #abort()}. Waits for the status first if
     * {@link #status()} was not called.
     *
     * @throws ConnectorException OFFLINE when no line came within the idle timeout (the cause is then an
     *                            {@link HttpTimeoutException}) or the connection failed
     */
    public String nextLine() throws ConnectorException {
        if (status == 0 && !finished && !aborted) {
            status();
        }
        if (finished || aborted) {
            finished = true;
            return null;
        }
        Event event = take();
        if (event instanceof Line line) {
            return line.text();
        }
        finished = true;
        if (event instanceof Failed failed) {
            throw failure(failed.error());
        }
        return null;
    }

    /** The rest of the body, lines joined with newlines (for an error answer). */
    public String readRest() throws ConnectorException {
        StringJoiner body = new StringJoiner("\n");
        for (String line = nextLine(); line != null; line = nextLine()) {
            body.add(line);
        }
        return body.toString();
    }

    public boolean aborted() {
        return aborted;
    }

    /** Stops reading and drops the connection; safe from any thread, any number of times. */
    public void abort() {
        aborted = true;
        events.add(new Aborted());
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        CompletableFuture<?> exchange = pending;
        if (exchange != null) {
            exchange.cancel(true);
        }
    }

    /** Drops the connection unless the body was read to its end. */
    @Override
    public void close() {
        if (!finished) {
            abort();
        }
    }

    private Event take() throws ConnectorException {
        Event event;
        try {
            event = events.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new ConnectorException(Kind.OFFLINE, service + " request was interrupted (" + what + ")");
        }
        if (event == null) {
            abort();
            throw new ConnectorException(Kind.OFFLINE, service + " sent nothing for " + ApiClient.humanise(idleTimeout)
                    + " (" + what + ")", new HttpTimeoutException("no data within " + idleTimeout));
        }
        return event;
    }

    private ConnectorException stoppedBeforeAnswer() {
        return new ConnectorException(Kind.OFFLINE, service + " request was stopped before an answer (" + what + ")");
    }

    private ConnectorException failure(Throwable error) {
        if (error instanceof HttpTimeoutException timeout) {
            return new ConnectorException(Kind.OFFLINE, service + " did not answer within "
                    + ApiClient.humanise(idleTimeout) + " (" + what + ")", timeout);
        }
        if (error instanceof IOException io) {
            return new ConnectorException(Kind.OFFLINE, service + " cannot be reached (" + what + "): "
                    + redactor.redact(ApiClient.describe(io)), io);
        }
        return new ConnectorException(Kind.OFFLINE, service + " request failed (" + what + "): "
                + redactor.redact(error.getClass().getSimpleName()), error);
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private final class QueueingSubscriber implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription granted) {
            subscription = granted;
            if (aborted) {
                granted.cancel();
            } else {
                // Model answers are small; taking lines as fast as they come keeps the connection simple.
                granted.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(String line) {
            events.add(new Line(line));
        }

        @Override
        public void onError(Throwable error) {
            events.add(new Failed(unwrap(error)));
        }

        @Override
        public void onComplete() {
            events.add(new Ended());
        }
    }
}
