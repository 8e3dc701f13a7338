package dev.quarterdeck.app.background;

/** What running work sees of its own job: a way to report progress and to learn that the user cancelled it. */
public interface Progress {

    /** For work run where nobody watches (before the toolkit started); never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** A fraction in [0, 1], or a negative number for "busy, amount unknown". */
    void update(double fraction, String message);

    boolean isCancelled();
}
