package dev.quarterdeck.app.ask;

import java.time.Instant;

/**
 * One message of the conversation: the user's question, or an answer with what produced it ("rules" or a model's
 * name). Answers are Markdown: a bold title line and bullet lines.
 */
public record AskMessage(String author, String producedBy, String text, Instant at) {

    public static final String USER = "you";

    public boolean fromUser() {
        return USER.equals(author);
    }
}
