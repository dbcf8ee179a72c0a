package org.inferscope.app.viewmodel.study;

import java.util.Locale;

/**
 * One line of the robustness table: a configuration at one level, its numbers as the table shows them.
 *
 * @param configuration the configuration's label
 * @param colour its colour in the chart and the comparison
 * @param point what was measured
 * @param accuracy whether the value is an accuracy (shown in percent) rather than an MSE
 */
public record CurveRow(String configuration, String colour, RobustnessCurves.Point point, boolean accuracy) {

    /** "noise 0.25 sd", "dropout 30%". */
    public String perturbation() {
        return point.perturbation();
    }

    public String value() {
        return number(point.value());
    }

    public String low() {
        return point.ci95Low() == null ? "—" : number(point.ci95Low());
    }

    public String high() {
        return point.ci95High() == null ? "—" : number(point.ci95High());
    }

    /** Signed: "−2.78 pts" for accuracy, "+0.0123" for MSE; "—" when level 0 was not measured. */
    public String change() {
        Double change = point.changeFromLevel0();
        if (change == null) {
            return "—";
        }
        String text = accuracy ? String.format(Locale.ROOT, "%+.2f pts", change * 100)
                : String.format(Locale.ROOT, "%+.4g", change);
        return text.replace('-', '−');
    }

    private String number(double value) {
        return accuracy ? String.format(Locale.ROOT, "%.2f%%", value * 100) : String.format(Locale.ROOT, "%.4g", value);
    }
}
