package dev.quarterdeck.app.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown a briefing is written in, as blocks to lay out: title, headings, bullets, numbered items and
 * paragraphs. Briefings use only these (see core's {@code Markdown}); backslash escapes are removed, and a paragraph
 * wrapped in underscores is marked as a note (emphasis).
 */
public final class MarkdownBlocks {

    public enum Type {
        TITLE, HEADING, BULLET, NUMBERED, NOTE, PARAGRAPH
    }

    /** One block; {@code marker} is the number of a numbered item ("1."), else empty. */
    public record Block(Type type, String marker, String text) {
    }

    private MarkdownBlocks() {
    }

    public static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(paragraph, blocks);
                continue;
            }
            Block block = lineBlock(line);
            if (block == null) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            } else {
                flush(paragraph, blocks);
                blocks.add(block);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static Block lineBlock(String line) {
        if (line.startsWith("## ")) {
            return new Block(Type.HEADING, "", unescape(line.substring(3)));
        }
        if (line.startsWith("# ")) {
            return new Block(Type.TITLE, "", unescape(line.substring(2)));
        }
        if (line.startsWith("- ") || line.startsWith("* ")) {
            return new Block(Type.BULLET, "", unescape(line.substring(2)));
        }
        int dot = line.indexOf(". ");
        if (dot > 0 && dot <= 3 && line.substring(0, dot).chars().allMatch(Character::isDigit)) {
            return new Block(Type.NUMBERED, line.substring(0, dot + 1), unescape(line.substring(dot + 2)));
        }
        return null;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() == 0) {
            return;
        }
        String text = paragraph.toString();
        paragraph.setLength(0);
        if (text.length() > 2 && text.startsWith("_") && text.endsWith("_")) {
            blocks.add(new Block(Type.NOTE, "", unescape(text.substring(1, text.length() - 1))));
        } else {
            blocks.add(new Block(Type.PARAGRAPH, "", unescape(text)));
        }
    }

    /** Removes the backslash before an escaped character ({@code \*} → {@code *}). */
    static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                plain.append(text.charAt(++i));
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
