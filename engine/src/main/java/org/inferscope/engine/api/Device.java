package org.inferscope.engine.api;

import java.util.Objects;

/**
 * A place a backend can run a model, with its availability on this machine.
 *
 * @param backendId the provider's id ("onnxruntime")
 * @param deviceId the device's id within the backend ("cpu", "cuda:0")
 * @param kind CPU or GPU
 * @param displayName what a user sees ("ONNX Runtime 1.29.0 — CPU")
 * @param available whether it can be used now
 * @param reason when unavailable, one sentence saying why and what to do; else ""
 */
public record Device(String backendId, String deviceId, DeviceKind kind, String displayName,
                     boolean available, String reason) {

    public Device {
        Objects.requireNonNull(backendId);
        Objects.requireNonNull(deviceId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(displayName);
        reason = reason == null ? "" : reason;
    }

    public static Device available(String backendId, String deviceId, DeviceKind kind, String displayName) {
        return new Device(backendId, deviceId, kind, displayName, true, "");
    }

    public static Device unavailable(String backendId, String deviceId, DeviceKind kind,
                                     String displayName, String reason) {
        return new Device(backendId, deviceId, kind, displayName, false, reason);
    }

    /** "onnxruntime:cpu", the form the command line accepts. */
    public String qualifiedId() {
        return backendId + ":" + deviceId;
    }
}
