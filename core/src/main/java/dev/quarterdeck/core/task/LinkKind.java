package dev.quarterdeck.core.task;

/** BLOCKS is the only kind with an order: "from blocks to" means {@code to} cannot finish before {@code from}. */
public enum LinkKind {
    BLOCKS, RELATES, DUPLICATES, REPLY, REFERENCES, PARENT
}
