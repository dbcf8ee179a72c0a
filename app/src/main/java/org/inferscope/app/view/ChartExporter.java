package org.inferscope.app.view;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.inferscope.engine.api.BadInputException;

/** Writes a node (a chart) as a PNG at twice its size on screen, for slides and papers. FX thread. */
public final class ChartExporter {
    /** The PNG's pixels per screen pixel. */
    public static final double SCALE = 2;

    public void writePng(Node node, Path file) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = node.snapshot(params, null);
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new BadInputException("Could not write the image " + file + ": " + e.getMessage() + ".", e);
        }
    }
}
