package dev.quarterdeck.core.ai;

import dev.quarterdeck.core.common.Require;

/** One line of a conversation with a language model. The content may be empty but not null. */
public record ChatMessage(ChatRole role, String content) {

    public ChatMessage {
        Require.present(role, "role");
        Require.present(content, "content");
    }

    public static ChatMessage system(String content) {
        return new ChatMessage(ChatRole.SYSTEM, content);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(ChatRole.USER, content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(ChatRole.ASSISTANT, content);
    }
}
