package dev.quarterdeck.core.ai;

/** Who said a line of a conversation. */
public enum ChatRole {
    /** Instructions that frame the conversation (what the model is, what it may do, the answer's form). */
    SYSTEM,
    USER,
    ASSISTANT
}
