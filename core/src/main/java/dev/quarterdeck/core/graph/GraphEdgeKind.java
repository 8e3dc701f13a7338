package dev.quarterdeck.core.graph;

import dev.quarterdeck.core.task.LinkKind;

/**
 * What an edge of the graph means. BLOCKS and PARENT give an order (they run left to right); the others only
 * say two tasks belong together: a reply chain, an issue or document reference, a duplicate, a loose relation, or
 * two tasks made from mails of the same thread.
 */
public enum GraphEdgeKind {
    BLOCKS("blocks", true),
    PARENT("parent of", true),
    REPLY("reply", false),
    REFERENCES("references", false),
    DUPLICATES("duplicates", false),
    RELATES("relates to", false),
    SAME_THREAD("same thread", false);

    private final String label;
    private final boolean ordering;

    GraphEdgeKind(String label, boolean ordering) {
        this.label = label;
        this.ordering = ordering;
    }

    public String label() {
        return label;
    }

    /** True for the kinds that order their ends, drawn left to right. */
    public boolean ordering() {
        return ordering;
    }

    public static GraphEdgeKind of(LinkKind kind) {
        return switch (kind) {
            case BLOCKS -> BLOCKS;
            case PARENT -> PARENT;
            case REPLY -> REPLY;
            case REFERENCES -> REFERENCES;
            case DUPLICATES -> DUPLICATES;
            case RELATES -> RELATES;
        };
    }
}
