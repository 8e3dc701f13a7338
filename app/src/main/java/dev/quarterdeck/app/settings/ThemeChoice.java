package dev.quarterdeck.app.settings;

/** The user's theme setting. SYSTEM asks the desktop, see {@link SystemColorScheme}. */
public enum ThemeChoice {
    LIGHT("Light"), DARK("Dark"), SYSTEM("Follow system");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this choice means the dark theme on a desktop whose own preference is {@code systemPrefersDark}. */
    public boolean isDark(boolean systemPrefersDark) {
        return this == DARK || (this == SYSTEM && systemPrefersDark);
    }
}
