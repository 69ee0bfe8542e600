package org.introcoach.ui.look;

import java.util.Locale;

/** The look chosen in the View menu: follow the system, or always light, or always dark. */
public enum ThemeChoice {
    SYSTEM("System"), LIGHT("Light"), DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How Settings keeps it: "system", "light" or "dark". */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice a setting names; anything else (an older or edited settings file) follows the system. */
    public static ThemeChoice fromSetting(String setting) {
        for (ThemeChoice choice : values()) {
            if (choice.setting().equalsIgnoreCase(setting == null ? "" : setting.strip())) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
