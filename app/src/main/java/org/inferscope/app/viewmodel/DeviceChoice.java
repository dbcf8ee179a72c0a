package org.inferscope.app.viewmodel;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inferscope.engine.api.Device;

/**
 * Every device of every plugin, available or not, and the one chosen: a choice that can run the open
 * model is kept, otherwise the model's first available device is picked. UI thread only.
 */
final class DeviceChoice {
    private final ObservableList<Device> devices = FXCollections.observableArrayList();
    // kept in a field: an unmodifiable view that is collected takes its listeners with it
    private final ObservableList<Device> readOnly = FXCollections.unmodifiableObservableList(devices);
    private final ObjectProperty<Device> device = new SimpleObjectProperty<>(this, "device");
    private final Supplier<ModelCard> model;

    /** @param model the model open now, or null */
    DeviceChoice(Supplier<ModelCard> model) {
        this.model = model;
    }

    ObservableList<Device> all() {
        return readOnly;
    }

    ObjectProperty<Device> chosen() {
        return device;
    }

    void show(List<Device> all) {
        devices.setAll(all);
        choose();
    }

    /** Keeps the chosen device when it can run the model, else picks the model's first available one. */
    void choose() {
        Device current = device.get();
        if (current != null && current.available() && fitsModel(current)) {
            return;
        }
        devices.stream().filter(d -> d.available() && fitsModel(d)).findFirst().ifPresent(device::set);
    }

    boolean fitsModel(Device d) {
        return model.get() == null || model.get().backendId().equals(d.backendId());
    }

    /** Why the chosen device cannot run the open model, "" when it can (or none is chosen). */
    String problem() {
        Device d = device.get();
        if (d != null && !d.available()) {
            return "The device " + d.displayName() + " is not available: " + d.reason();
        }
        if (d != null && !fitsModel(d)) {
            return "The device " + d.displayName() + " cannot run " + model.get().name()
                    + "; choose a " + model.get().backendId() + " device.";
        }
        return "";
    }
}
