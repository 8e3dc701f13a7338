package dev.quarterdeck.connectors.http;

/** Short plain text for previews: white space collapsed, cut at a word boundary with an ellipsis. */
public final class Snippets {

    private Snippets() {
    }

    public static String plain(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        return shorten(text.replaceAll("\\s+", " ").strip(), maxLength);
    }

    public static String shorten(String text, int maxLength) {
        String stripped = text.strip();
        if (stripped.length() <= maxLength) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', maxLength - 1);
        if (cut < maxLength / 2) {
            cut = maxLength - 1;
        }
        return stripped.substring(0, cut).strip() + "…";
    }
}
