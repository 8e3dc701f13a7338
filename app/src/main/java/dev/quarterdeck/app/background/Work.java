package dev.quarterdeck.app.background;

/**
 * A piece of work to run off the UI thread. It may report progress and should return early (or throw) once
 * {@link Progress#isCancelled()} turns true.
 *
 * @param <T> the result delivered on the UI thread
 */
@FunctionalInterface
public interface Work<T> {

    T run(Progress progress) throws Exception;
}
