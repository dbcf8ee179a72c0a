package org.inferscope.app.viewmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Light or dark, remembered across restarts in {@code settings.properties} in the InferScope home folder.
 * A settings file that cannot be read or written only costs the memory of the choice: the window
 * never fails over its theme.
 */
public final class ThemePreference {
    static final String KEY = "theme";
    private final Path file;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);

    private ThemePreference(Path file) {
        this.file = file;
        dark.set("dark".equals(read().getProperty(KEY)));
        dark.addListener((obs, was, now) -> write());
    }

    /** The preference kept in {@code home}/settings.properties. */
    public static ThemePreference in(Path home) {
        return new ThemePreference(home.resolve("settings.properties"));
    }

    /** A preference that is not remembered, for tests and windows without a home folder. */
    public static ThemePreference inMemory() {
        return new ThemePreference(null);
    }

    /** True for the dark theme. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    private Properties read() {
        Properties settings = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // an unreadable settings file: start light, and overwrite it on the next change
            }
        }
        return settings;
    }

    private void write() {
        if (file == null) {
            return;
        }
        Properties settings = read();
        settings.setProperty(KEY, dark.get() ? "dark" : "light");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                settings.store(out, "InferScope workbench settings");
            }
        } catch (IOException e) {
            // not remembered: the theme still changes for this session
        }
    }
}
