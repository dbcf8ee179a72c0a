package org.inferscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The light/dark choice outlives a restart; a damaged settings file is not fatal. */
class ThemePreferenceTest {
    @TempDir
    Path home;

    @Test
    void theDarkThemeIsRememberedAcrossRestarts() {
        assertFalse(ThemePreference.in(home).darkProperty().get());
        ThemePreference.in(home).darkProperty().set(true);
        assertTrue(ThemePreference.in(home).darkProperty().get());
        ThemePreference.in(home).darkProperty().set(false);
        assertFalse(ThemePreference.in(home).darkProperty().get());
    }

    @Test
    void aHomeThatDoesNotExistYetIsCreatedOnTheFirstChange() {
        Path nested = home.resolve("a/b");
        ThemePreference.in(nested).darkProperty().set(true);
        assertTrue(Files.isRegularFile(nested.resolve("settings.properties")));
    }

    @Test
    void anUnreadableSettingsFileStartsLight() throws IOException {
        Files.writeString(home.resolve("settings.properties"), "theme=\\u12");
        ThemePreference preference = ThemePreference.in(home);
        assertFalse(preference.darkProperty().get());
        preference.darkProperty().set(true);
        assertTrue(ThemePreference.in(home).darkProperty().get());
    }
}
