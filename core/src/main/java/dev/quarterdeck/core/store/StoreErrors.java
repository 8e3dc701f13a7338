package dev.quarterdeck.core.store;

import java.sql.SQLException;

/** Turns database failures into {@link StoreException}s whose messages say what went wrong in plain words. */
final class StoreErrors {

    /** H2: the database file is locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private StoreErrors() {
    }

    static StoreException failed(String what, Throwable failure) {
        SQLException sql = sqlCause(failure);
        String reason = sql == null ? rootMessage(failure) : reason(sql);
        return new StoreException("Could not " + what + ": " + reason, failure);
    }

    static StoreException openFailed(StoreConfig config, Throwable failure) {
        SQLException sql = sqlCause(failure);
        String where = config.describe();
        if (sql != null && config.isH2() && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return new StoreException("The store " + where + " is in use by another program "
                    + "(is Quarterdeck already running?)", failure);
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return new StoreException("Could not connect to " + where + ": " + firstLine(sql.getMessage()), failure);
        }
        if (sql != null && "28P01".equals(sql.getSQLState())) {
            return new StoreException("Could not log in to " + where + ": wrong user name or password", failure);
        }
        String reason = sql != null ? firstLine(deepestSql(sql).getMessage()) : rootMessage(failure);
        return new StoreException("Could not open the store " + where + ": " + reason, failure);
    }

    private static SQLException deepestSql(SQLException sql) {
        SQLException deepest = sql;
        for (Throwable t = sql.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException inner) {
                deepest = inner;
            }
        }
        return deepest;
    }

    private static String reason(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String detail = " (" + firstLine(sql.getMessage()) + ")";
        return switch (state) {
            case "23505" -> "a record with the same unique key already exists" + detail;
            case "23503", "23506" -> "it refers to a record that does not exist, or other records still refer to it"
                    + detail;
            case "23502" -> "a required value is missing" + detail;
            case "23514" -> "a value is out of the allowed range" + detail;
            case "22001" -> "a text is longer than the database allows" + detail;
            case "40001", "40P01" -> "another change got in the way; try again" + detail;
            default -> firstLine(sql.getMessage());
        };
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").strip();
        // H2 appends the failing SQL after "; SQL statement:"; the statement is noise in a message for people.
        int sql = line.indexOf("; SQL statement:");
        if (sql >= 0) {
            line = line.substring(0, sql);
        }
        line = line.replaceFirst(" \\[\\d+-\\d+]$", "");  // H2's error code and build, e.g. [90062-252]
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
