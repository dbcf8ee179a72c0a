package org.inferscope.plugins.nd4j;

import java.nio.file.Path;

/**
 * Where JavaCPP unpacks ND4J's and OpenBLAS's native libraries (about 390 MB, once per version). Left
 * alone, JavaCPP uses {@code ~/.javacpp/cache}, a folder no user would connect with InferScope; so unless
 * the user chose a folder ({@code -Dorg.bytedeco.javacpp.cachedir=DIR}), InferScope's own
 * {@code inferscope.home} (default {@code ~/.inferscope}) holds it, under {@code cache/javacpp}, where
 * docs/gpu.md tells users to look and what they may delete.
 */
final class NativeCache {

    static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";
    static final String HOME_PROPERTY = "inferscope.home";

    private NativeCache() {
    }

    /** The folder JavaCPP will use: the one the user set, else InferScope's default. */
    static Path folder() {
        String chosen = System.getProperty(CACHE_DIR_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return defaultFolder(System.getProperty(HOME_PROPERTY), System.getProperty("user.home"));
    }

    static Path defaultFolder(String inferscopeHome, String userHome) {
        Path home = inferscopeHome != null && !inferscopeHome.isBlank() ? Path.of(inferscopeHome)
                : Path.of(userHome, ".inferscope");
        return home.resolve("cache").resolve("javacpp");
    }

    /** Points JavaCPP at {@link #folder()} unless the user already did; call before ND4J loads anything. */
    static Path apply() {
        Path folder = folder();
        if (System.getProperty(CACHE_DIR_PROPERTY) == null) {
            System.setProperty(CACHE_DIR_PROPERTY, folder.toString());
        }
        return folder;
    }
}
