import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar without the native libraries of other platforms: ONNX Runtime's jar carries Linux,
 * Windows and macOS builds (52 MB), and an installer needs only its own. Run by installers/build as
 * {@code java ThinNatives.java JAR NATIVE_PREFIX KEEP_PLATFORM}, e.g.
 * {@code onnxruntime-1.29.0.jar ai/onnxruntime/native/ linux-x64}.
 */
public final class ThinNatives {
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        String keep = prefix + args[2] + "/";
        Path thin = jar.resolveSibling(jar.getFileName() + ".thin");
        int dropped = 0;
        int kept = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(thin))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.startsWith(prefix) && !name.startsWith(keep) && !name.equals(prefix)) {
                    dropped++;
                    continue;
                }
                if (name.startsWith(keep)) {
                    kept++;
                }
                out.putNextEntry(new ZipEntry(name));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        if (kept == 0) {
            Files.delete(thin);
            throw new IllegalStateException(jar + " has no natives under " + keep + "; check the prefix and platform");
        }
        if (dropped == 0) {
            Files.delete(thin);   // thinned by an earlier build
            return;
        }
        Files.move(thin, jar, StandardCopyOption.REPLACE_EXISTING);
        System.err.println("installers: " + jar.getFileName() + " keeps only " + keep + " (" + dropped
                + " entries of other platforms dropped)");
    }
}
