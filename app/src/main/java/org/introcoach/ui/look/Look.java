package org.introcoach.ui.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.function.BooleanSupplier;
import javafx.application.Application;

/**
 * The app's look: AtlantaFX's Primer light or dark theme as the user-agent stylesheet, which every
 * window (dialogs and the teleprompter too) takes at once, without a restart. The app's own CSS
 * uses the theme's looked-up colours, so it follows.
 */
public final class Look {
    public static final Theme LIGHT = new PrimerLight();
    public static final Theme DARK = new PrimerDark();

    private final BooleanSupplier systemPrefersDark;

    /** @param systemPrefersDark asked each time "System" is applied (cheap, and follows a change of desktop theme) */
    public Look(BooleanSupplier systemPrefersDark) {
        this.systemPrefersDark = systemPrefersDark;
    }

    public static Look ofThisComputer() {
        SystemTheme system = SystemTheme.ofThisComputer();
        return new Look(system::prefersDark);
    }

    /** The theme a choice stands for now. */
    public Theme themeFor(ThemeChoice choice) {
        return switch (choice) {
            case LIGHT -> LIGHT;
            case DARK -> DARK;
            case SYSTEM -> systemPrefersDark.getAsBoolean() ? DARK : LIGHT;
        };
    }

    /** Makes the choice the look of every window; returns the theme applied. */
    public Theme apply(ThemeChoice choice) {
        Theme theme = themeFor(choice);
        Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
        return theme;
    }
}
