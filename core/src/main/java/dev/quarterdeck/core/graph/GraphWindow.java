package dev.quarterdeck.core.graph;

/** How far ahead the graph looks. The Done lane (the past seven days) is in every window. */
public enum GraphWindow {
    WEEK("This week"), MONTH("This month"), ALL("All");

    private final String title;

    GraphWindow(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean includes(GraphLane lane) {
        return switch (lane) {
            case TODAY, WEEK, DONE -> true;
            case MONTH -> this != WEEK;
            case LATER -> this == ALL;
        };
    }
}
