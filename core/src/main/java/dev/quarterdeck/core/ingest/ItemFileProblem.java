package dev.quarterdeck.core.ingest;

/** One thing wrong with an items file: the line it is on (1-based) and what is wrong, for the user. */
public record ItemFileProblem(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
