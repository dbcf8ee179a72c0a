package org.inferscope.app.viewmodel.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferscope.app.viewmodel.ComparisonRow;
import org.inferscope.app.viewmodel.ConfigurationLabel;
import org.inferscope.engine.report.chart.Palette;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;

/**
 * A configuration whose robustness curve is measured: its name and colour as the comparison shows them,
 * and what to run.
 *
 * @param label "digits-mlp · INT8 dynamic"
 * @param colour the configuration's colour in the comparison
 * @param spec the current configuration with this one's model file and transform
 */
public record CurveConfiguration(String label, String colour, RunSpec spec) {

    /** The configuration the Run button would run now, in its comparison colour when it has run already. */
    public static CurveConfiguration current(StudySubject subject, List<ComparisonRow> rows) {
        String label = ConfigurationLabel.of(subject.modelName(), subject.spec().transform(), subject.spec().threads());
        Map<String, String> colours = colours(rows);
        return new CurveConfiguration(label, colours.getOrDefault(label, Palette.colour(colours.size())), subject.spec());
    }

    /**
     * Every distinct configuration of the comparison, in its order (the current one when the comparison
     * is empty). Each runs on the dataset and device chosen now: a curve measures the model, not the run.
     */
    public static List<CurveConfiguration> ofComparison(StudySubject subject, List<ComparisonRow> rows) {
        Map<String, ComparisonRow> latest = new LinkedHashMap<>();
        rows.forEach(r -> latest.put(r.label(), r));
        if (latest.isEmpty()) {
            return List.of(current(subject, rows));
        }
        List<CurveConfiguration> out = new ArrayList<>();
        for (ComparisonRow row : latest.values()) {
            TransformSpec transform = row.result().transform() == null ? TransformSpec.none()
                    : row.result().transform().spec();
            RunSpec base = subject.spec();
            RunSpec spec = new RunSpec(Path.of(row.result().model().file()), base.data(), base.dataOptions(),
                    base.device(), base.scaling(), base.modes(), base.batchSizes(), base.warmup(), base.iterations(),
                    base.threads(), base.seed(), base.classOrder(), transform);
            out.add(new CurveConfiguration(row.label(), row.colour(), spec));
        }
        return out;
    }

    private static Map<String, String> colours(List<ComparisonRow> rows) {
        Map<String, String> colours = new LinkedHashMap<>();
        rows.forEach(r -> colours.putIfAbsent(r.label(), r.colour()));
        return colours;
    }
}
