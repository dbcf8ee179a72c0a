package org.inferscope.plugins.tribuo;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.RealInfo;
import org.tribuo.VariableInfo;
import org.tribuo.regression.RegressionInfo;

/**
 * The model's feature and output domains as Tribuo recorded them from its training data, for
 * {@link org.inferscope.engine.api.ModelInfo} metadata: each feature's observed range, each class's
 * training count, and for regression the target's range. Long lists are cut after a few entries.
 */
final class DomainSummary {
    private static final int SHOWN = 8;

    private DomainSummary() {
    }

    static void addTo(Map<String, String> metadata, Model<?> model) {
        try {
            metadata.put("feature_domain", features(model.getFeatureIDMap()));
            metadata.put("output_domain", outputs(model));
        } catch (RuntimeException e) {
            metadata.put("domain_note", "the domains could not be read: " + Messages.shorten(e));
        }
    }

    private static String features(ImmutableFeatureMap map) {
        List<String> shown = new ArrayList<>();
        for (int id = 0; id < Math.min(SHOWN, map.size()); id++) {
            VariableInfo info = map.get(id);
            shown.add(info instanceof RealInfo real
                    ? String.format(Locale.ROOT, "%s [%s, %s]", info.getName(), number(real.getMin()), number(real.getMax()))
                    : info.getName());
        }
        return map.size() + " features seen in training: " + String.join(", ", shown)
                + (map.size() > SHOWN ? " and " + (map.size() - SHOWN) + " more" : "");
    }

    private static String outputs(Model<?> model) {
        List<String> shown = new ArrayList<>();
        Object info = model.getOutputIDInfo();
        int total = 0;
        for (Pair<String, Long> count : model.getOutputIDInfo().outputCountsIterable()) {
            if (total++ < SHOWN) {
                String range = info instanceof RegressionInfo regression
                        ? " [" + number(regression.getMin(count.getA())) + ", " + number(regression.getMax(count.getA())) + "]"
                        : "";
                shown.add(count.getA() + range + " (" + count.getB() + " examples)");
            }
        }
        return String.join(", ", shown) + (total > SHOWN ? " and " + (total - SHOWN) + " more" : "");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
