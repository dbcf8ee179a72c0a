package org.inferscope.app.view;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.inferscope.engine.api.Device;

/** A device in the device list: unavailable ones are shown, greyed out and not selectable, with their reason. */
final class DeviceCell extends ListCell<Device> {
    @Override
    protected void updateItem(Device device, boolean empty) {
        super.updateItem(device, empty);
        if (empty || device == null) {
            setText(null);
            setTooltip(null);
            setDisable(false);
            return;
        }
        setText(device.available() ? device.displayName() : device.displayName() + " (unavailable)");
        setDisable(!device.available());
        setTooltip(device.available() ? null : new Tooltip(device.reason()));
    }
}
