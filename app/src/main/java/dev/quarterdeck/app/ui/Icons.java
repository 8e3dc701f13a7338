package dev.quarterdeck.app.ui;

import dev.quarterdeck.core.task.SourceKind;
import javafx.scene.AccessibleRole;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Icon nodes. Icons that carry meaning get a tooltip and an accessible text, never the glyph alone. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }

    /** An icon that means something: it says so to screen readers and on hover. */
    public static FontIcon labelled(Ikon ikon, String meaning) {
        FontIcon icon = new FontIcon(ikon);
        icon.setAccessibleRole(AccessibleRole.TEXT);
        icon.setAccessibleText(meaning);
        Hints.install(icon, meaning);
        return icon;
    }

    public static FontIcon source(SourceKind kind) {
        return labelled(sourceIkon(kind), sourceName(kind));
    }

    public static Ikon sourceIkon(SourceKind kind) {
        return switch (kind) {
            case GMAIL -> Material2MZ.MAIL_OUTLINE;
            case CALENDAR -> Material2AL.EVENT;
            case DRIVE -> Material2AL.CLOUD_QUEUE;
            case GITHUB -> Material2AL.CODE;
            case JIRA -> Material2AL.ASSIGNMENT;
            case FILE -> Material2AL.INSERT_DRIVE_FILE;
            case MANUAL -> Material2AL.EDIT;
            case AGENT -> Material2MZ.PSYCHOLOGY;
        };
    }

    public static String sourceName(SourceKind kind) {
        return switch (kind) {
            case GMAIL -> "Gmail";
            case CALENDAR -> "Calendar";
            case DRIVE -> "Drive";
            case GITHUB -> "GitHub";
            case JIRA -> "Jira";
            case FILE -> "File";
            case MANUAL -> "Added by hand";
            case AGENT -> "Suggested by an agent";
        };
    }
}
