package org.inferscope.plugins.tribuo;

import ai.onnx.proto.OnnxMl;
import java.nio.file.Path;
import java.util.List;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.TransformReport;
import org.inferscope.engine.api.TransformSpec;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.ensemble.EnsembleModel;

/**
 * Converts a Tribuo model to ONNX with Tribuo's own {@link ONNXExportable#exportONNXModel}, and adds
 * the metadata the engine binds by: {@code feature_names} (the input's columns, in Tribuo's feature-id
 * order) and, for a classifier, {@code class_labels} (the score columns, in output-id order).
 */
final class OnnxExport {
    static final String DOMAIN = "org.inferscope.tribuo";
    static final String CLASS_LABELS_KEY = "class_labels";

    private OnnxExport() {
    }

    static TransformReport convert(TribuoModel tribuo, long originalBytes, Path target) {
        Model<?> model = tribuo.model();
        if (!(model instanceof ONNXExportable exportable)) {
            throw notExportable(tribuo, model.getClass().getSimpleName());
        }
        if (model instanceof EnsembleModel<?> ensemble) {
            ensemble.getModels().stream().filter(m -> !(m instanceof ONNXExportable)).findFirst().ifPresent(m -> {
                throw notExportable(tribuo, "ensemble of " + m.getClass().getSimpleName() + " members");
            });
        }
        OnnxMl.ModelProto proto;
        try {
            proto = withMetadata(exportable.exportONNXModel(DOMAIN, 1), tribuo);
        } catch (RuntimeException e) {
            // an ensemble with a member Tribuo cannot export, a kernel its exporter lacks
            throw new BadInputException(tribuo.fileName() + " could not be converted to ONNX by Tribuo ("
                    + Messages.shorten(e) + "): run it on tribuo:cpu instead.", e);
        }
        byte[] bytes = proto.toByteArray();
        VariantFiles.write(bytes, target);
        String summary = "Tribuo " + model.getClass().getSimpleName() + " converted to ONNX (opset "
                + opsetOf(proto) + ") by Tribuo's exportONNXModel";
        return new TransformReport(TransformSpec.none(), summary, List.of(), List.of(), originalBytes, bytes.length,
                VariantFiles.gzipSize(bytes), 0, List.of("ONNX input columns are in Tribuo's feature-id order"
                        + " (sorted by name); the file lists them in its metadata ('feature_names')"));
    }

    private static OnnxMl.ModelProto withMetadata(OnnxMl.ModelProto exported, TribuoModel tribuo) {
        String[] features = tribuo.featureNames();
        OnnxMl.ModelProto.Builder builder = exported.toBuilder();
        if (ModelDescription.canListByName(features)) {
            builder.addMetadataProps(entry(ModelDescription.FEATURE_NAMES_KEY, String.join(",", features)));
        }
        List<String> labels = tribuo.classLabels();
        if (!labels.isEmpty() && labels.stream().noneMatch(l -> l.contains(","))) {
            builder.addMetadataProps(entry(CLASS_LABELS_KEY, String.join(",", labels)));
        }
        return builder.build();
    }

    private static OnnxMl.StringStringEntryProto entry(String key, String value) {
        return OnnxMl.StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private static long opsetOf(OnnxMl.ModelProto proto) {
        return proto.getOpsetImportList().stream().filter(o -> o.getDomain().isEmpty())
                .mapToLong(OnnxMl.OperatorSetIdProto::getVersion).findFirst().orElse(-1);
    }

    private static BadInputException notExportable(TribuoModel tribuo, String type) {
        return new BadInputException(tribuo.fileName() + " is a Tribuo " + type + ", which Tribuo cannot export to"
                + " ONNX (it exports linear and logistic SGD, factorization machine, LibLinear, LibSVM and sparse linear"
                + " models, and weighted ensembles of these): run it on tribuo:cpu.");
    }
}
