package org.inferscope.engine.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.Device;
import org.inferscope.engine.api.DeviceKind;
import org.inferscope.engine.spi.BackendProvider;

/**
 * The backend plugins installed in this program. An object passed to whoever needs it: tests build
 * one by hand with {@link #ProviderRegistry(List)}, the application with {@link #discover(ClassLoader)}.
 */
public final class ProviderRegistry {

    /** How much of a model file a provider sees to recognise it. */
    static final int HEAD_BYTES = 4096;
    /** Guards against a service loader that keeps failing on the same entry. */
    private static final int MAX_LOAD_ATTEMPTS = 1000;
    private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+)");

    private final List<BackendProvider> providers;
    private final List<ProviderFailure> failures;

    public ProviderRegistry(List<BackendProvider> providers) {
        this(providers, List.of());
    }

    private ProviderRegistry(List<BackendProvider> providers, List<ProviderFailure> failures) {
        this.providers = List.copyOf(providers);
        this.failures = List.copyOf(failures);
    }

    /** Finds every provider on the class loader; one that fails to construct is recorded as a failure. */
    public static ProviderRegistry discover(ClassLoader loader) {
        List<BackendProvider> found = new ArrayList<>();
        List<ProviderFailure> failed = new ArrayList<>();
        Iterator<BackendProvider> it = ServiceLoader.load(BackendProvider.class, loader).iterator();
        for (int attempt = 0; attempt < MAX_LOAD_ATTEMPTS; attempt++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                failed.add(failureOf(e));
            }
        }
        return new ProviderRegistry(found, failed);
    }

    private static ProviderFailure failureOf(Throwable e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = PROVIDER_NAME.matcher(message);
        String name = m.find() ? m.group(1) : e.getClass().getSimpleName();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root == e ? message : message + ": " + root;
        return new ProviderFailure(name, reason);
    }

    public List<BackendProvider> providers() {
        return providers;
    }

    public List<ProviderFailure> failures() {
        return failures;
    }

    /** Every device of every provider; a provider that cannot list them shows as one unavailable device. */
    public List<Device> devices() {
        List<Device> all = new ArrayList<>();
        for (BackendProvider p : providers) {
            all.addAll(devicesOf(p));
        }
        return List.copyOf(all);
    }

    private static List<Device> devicesOf(BackendProvider provider) {
        try {
            return List.copyOf(provider.devices());
        } catch (RuntimeException | LinkageError e) {
            String reason = provider.displayName() + " could not list its devices: " + e.getMessage();
            return List.of(Device.unavailable(provider.id(), "cpu", DeviceKind.CPU,
                    provider.displayName(), reason));
        }
    }

    /** The provider that opens this model file: by extension first, then by its first bytes. */
    public BackendProvider providerFor(Path model) {
        byte[] head = readHead(model);
        String extension = extensionOf(model);
        for (BackendProvider p : providers) {
            if (p.extensions().contains(extension)) {
                return p;
            }
        }
        for (BackendProvider p : providers) {
            if (recognizesSafely(p, model, head)) {
                return p;
            }
        }
        throw new BadInputException(fileName(model) + " is not a model format any installed plugin opens (installed: "
                + installedFormats() + "); convert the model to one of these formats or install a plugin that reads it"
                + failureSuffix() + ".");
    }

    private static boolean recognizesSafely(BackendProvider p, Path model, byte[] head) {
        try {
            return p.recognizes(model, head);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String installedFormats() {
        if (providers.isEmpty()) {
            return "none";
        }
        return providers.stream()
                .map(p -> p.displayName() + " (" + p.extensions().stream().map(e -> "." + e)
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
    }

    private String failureSuffix() {
        if (failures.isEmpty()) {
            return "";
        }
        return "; plugins that failed to load: " + failures.stream().map(ProviderFailure::provider)
                .collect(Collectors.joining(", "));
    }

    private static byte[] readHead(Path model) {
        if (!Files.isRegularFile(model)) {
            throw new BadInputException("The model file " + model + " does not exist or is not a file: check the path.");
        }
        try (InputStream in = Files.newInputStream(model)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new BadInputException("The model file " + model + " could not be read: " + e.getMessage() + ".", e);
        }
    }

    private static String extensionOf(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * The provider a qualified device id ("onnxruntime:cpu") names by its backend id, if one is
     * installed; empty for a bare device id ("cpu") or null.
     */
    public java.util.Optional<BackendProvider> providerOfDevice(String qualifiedIdOrNull) {
        if (qualifiedIdOrNull == null || qualifiedIdOrNull.indexOf(':') < 0) {
            return java.util.Optional.empty();
        }
        String backend = qualifiedIdOrNull.trim().substring(0, qualifiedIdOrNull.trim().indexOf(':'));
        return providers.stream().filter(p -> p.id().equalsIgnoreCase(backend)).findFirst();
    }

    /**
     * The device to run on: the one named ("onnxruntime:cpu", or just "cpu"), or when null the first
     * available CPU device of the provider.
     */
    public Device resolveDevice(BackendProvider provider, String qualifiedIdOrNull) {
        List<Device> devices = devicesOf(provider);
        if (qualifiedIdOrNull == null || qualifiedIdOrNull.isBlank()) {
            return devices.stream().filter(d -> d.available() && d.kind() == DeviceKind.CPU).findFirst()
                    .orElseThrow(() -> new BadInputException(provider.displayName()
                            + " has no available CPU device (" + describe(devices) + ")."));
        }
        String wanted = qualifiedIdOrNull.trim();
        Device device = devices.stream()
                .filter(d -> d.qualifiedId().equalsIgnoreCase(wanted) || d.deviceId().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new BadInputException("There is no device '" + wanted + "' for "
                        + provider.displayName() + "; choose one of: " + describe(devices) + "."));
        if (!device.available()) {
            throw new BadInputException("The device " + device.qualifiedId() + " is not available: "
                    + device.reason());
        }
        return device;
    }

    private static String describe(List<Device> devices) {
        if (devices.isEmpty()) {
            return "it lists no devices";
        }
        return devices.stream()
                .map(d -> d.available() ? d.qualifiedId() : d.qualifiedId() + " (unavailable: " + d.reason() + ")")
                .collect(Collectors.joining(", "));
    }
}
