package dev.quarterdeck.app.background;

/** What running work sees of its own job: a way to report progress and to learn that the user cancelled it. */
public interface Progress {

    /** A fraction in [0, 1], or a negative number for "busy, amount unknown". */
    void update(double fraction, String message);

    boolean isCancelled();
}
