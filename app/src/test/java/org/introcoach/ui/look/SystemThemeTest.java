package org.introcoach.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each desktop's answer means; the commands are answered here, as each desktop prints them. */
class SystemThemeTest {
    private static SystemTheme.Commands answering(Map<String, String> outputs) {
        return command -> Optional.ofNullable(outputs.get(String.join(" ", command)));
    }

    private static final String SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
    private static final String GTK = "gsettings get org.gnome.desktop.interface gtk-theme";

    @Test
    void gnomePreferringDarkIsDark() {
        assertTrue(new SystemTheme("Linux", Map.of(), answering(Map.of(SCHEME, "'prefer-dark'\n", GTK, "'Adwaita'\n"))).prefersDark());
    }

    @Test
    void gnomePreferringLightIsLightWhateverTheGtkThemeIsCalled() {
        assertFalse(new SystemTheme("Linux", Map.of(), answering(Map.of(SCHEME, "'prefer-light'\n", GTK, "'Adwaita-dark'\n"))).prefersDark());
    }

    @Test
    void withTheDefaultSchemeADarkGtkThemeIsDark() {
        assertTrue(new SystemTheme("Linux", Map.of(), answering(Map.of(SCHEME, "'default'\n", GTK, "'Yaru-dark'\n"))).prefersDark());
        assertFalse(new SystemTheme("Linux", Map.of(), answering(Map.of(SCHEME, "'default'\n", GTK, "'Yaru'\n"))).prefersDark());
    }

    @Test
    void theGtkThemeVariableWins() {
        assertTrue(new SystemTheme("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answering(Map.of(SCHEME, "'default'\n"))).prefersDark());
    }

    @Test
    void withoutAnyAnswerItIsLight() {
        assertFalse(new SystemTheme("Linux", Map.of(), answering(Map.of())).prefersDark());
    }

    @Test
    void macDarkAppearanceIsDark() {
        assertTrue(new SystemTheme("Mac OS X", Map.of(), answering(Map.of("defaults read -g AppleInterfaceStyle", "Dark\n"))).prefersDark());
        // light mode: the key does not exist and the command fails
        assertFalse(new SystemTheme("Mac OS X", Map.of(), answering(Map.of())).prefersDark());
    }

    @Test
    void windowsAppsNotUsingTheLightThemeIsDark() {
        String query = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertTrue(new SystemTheme("Windows 11", Map.of(), answering(Map.of(query, dark))).prefersDark());
        assertFalse(new SystemTheme("Windows 11", Map.of(), answering(Map.of(query, dark.replace("0x0", "0x1")))).prefersDark());
    }

    @Test
    void aSettingNamesItsChoiceAndAnythingElseFollowsTheSystem() {
        assertEquals(ThemeChoice.DARK, ThemeChoice.fromSetting("dark"));
        assertEquals(ThemeChoice.LIGHT, ThemeChoice.fromSetting(" Light "));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.fromSetting(null));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.fromSetting("solarized"));
        assertEquals(List.of("system", "light", "dark"), List.of(ThemeChoice.values()).stream().map(ThemeChoice::setting).toList());
    }
}
