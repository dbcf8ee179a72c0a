package org.inferscope.app.view;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Drops files from outside the application onto a node, as the desktop does: a drag-over, then the drop,
 * each fired at the node so that it travels up the scene graph to whichever handler the window installed.
 * TestFX cannot drag files from outside, and a Dragboard has no public constructor, so the dragboard is
 * made by the toolkit's own helper over {@link ExternalDragSource}. FX thread only.
 */
final class FileDrops {
    private FileDrops() {
    }

    /** What came of the drop: whether the drag-over was accepted, and whether a handler completed the drop. */
    record Outcome(TransferMode accepted, boolean completed) {
    }

    static Outcome drop(Node target, List<Path> files) {
        Dragboard board = DragboardHelper.createDragboard(new ExternalDragSource());
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files.stream().map(Path::toFile).toList());
        board.setContent(content);
        DragEvent over = event(target, DragEvent.DRAG_OVER, board);
        Event.fireEvent(target, over);
        if (over.getAcceptedTransferMode() == null) {
            return new Outcome(null, false);
        }
        DragEvent dropped = event(target, DragEvent.DRAG_DROPPED, board);
        Event.fireEvent(target, dropped);
        return new Outcome(over.getAcceptedTransferMode(), dropped.isDropCompleted());
    }

    private static DragEvent event(Node target, javafx.event.EventType<DragEvent> type, Dragboard board) {
        Bounds bounds = target.localToScene(target.getLayoutBounds());
        Point2D scene = new Point2D(bounds.getCenterX(), bounds.getCenterY());
        Point2D screen = target.localToScreen(target.getLayoutBounds().getCenterX(), target.getLayoutBounds().getCenterY());
        return new DragEvent(null, target, type, board, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                TransferMode.COPY, null, null, new PickResult(target, scene.getX(), scene.getY()));
    }

    /** The data of a drag that began in another application (a file manager), offering to copy. */
    private static final class ExternalDragSource implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            content.clear();
            for (Pair<DataFormat, Object> pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
