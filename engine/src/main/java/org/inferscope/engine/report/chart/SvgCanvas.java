package org.inferscope.engine.report.chart;

import java.util.List;

/** Appends SVG elements with escaped text; {@link #svg} wraps them in a sized root with a viewBox. */
final class SvgCanvas {
    static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";
    private final StringBuilder body = new StringBuilder();

    /** A filled rectangle with a hover tooltip ({@code tooltip} may be null). */
    SvgCanvas rect(double x, double y, double w, double h, String fill, String cssClass, String tooltip) {
        body.append("<rect class=\"").append(Xml.escape(cssClass)).append("\" x=\"").append(Xml.num(x))
                .append("\" y=\"").append(Xml.num(y)).append("\" width=\"").append(Xml.num(w))
                .append("\" height=\"").append(Xml.num(h)).append("\" fill=\"").append(Xml.escape(fill)).append('"');
        return close(tooltip, "rect");
    }

    /** A circle; {@code stroke} null for none. */
    SvgCanvas circle(double cx, double cy, double r, String fill, String stroke, String cssClass, String tooltip) {
        body.append("<circle class=\"").append(Xml.escape(cssClass)).append("\" cx=\"").append(Xml.num(cx))
                .append("\" cy=\"").append(Xml.num(cy)).append("\" r=\"").append(Xml.num(r))
                .append("\" fill=\"").append(Xml.escape(fill)).append('"');
        if (stroke != null) {
            body.append(" stroke=\"").append(Xml.escape(stroke)).append("\" stroke-width=\"2.5\"");
        }
        return close(tooltip, "circle");
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double width) {
        body.append("<line x1=\"").append(Xml.num(x1)).append("\" y1=\"").append(Xml.num(y1))
                .append("\" x2=\"").append(Xml.num(x2)).append("\" y2=\"").append(Xml.num(y2))
                .append("\" stroke=\"").append(Xml.escape(stroke)).append("\" stroke-width=\"")
                .append(Xml.num(width)).append("\"/>\n");
        return this;
    }

    /** A dashed open line through {@code xy} (x0, y0, x1, y1, ...). */
    SvgCanvas dashedPolyline(List<double[]> xy, String stroke, String cssClass) {
        return polyline(xy, stroke, cssClass, 1.5, " stroke-dasharray=\"6 4\"");
    }

    /** A solid open line through {@code xy}, {@code width} wide. */
    SvgCanvas polyline(List<double[]> xy, String stroke, String cssClass, double width) {
        return polyline(xy, stroke, cssClass, width, "");
    }

    private SvgCanvas polyline(List<double[]> xy, String stroke, String cssClass, double width, String extra) {
        body.append("<polyline class=\"").append(Xml.escape(cssClass)).append("\" points=\"");
        for (double[] p : xy) {
            body.append(Xml.num(p[0])).append(',').append(Xml.num(p[1])).append(' ');
        }
        body.append("\" fill=\"none\" stroke=\"").append(Xml.escape(stroke)).append("\" stroke-width=\"")
                .append(Xml.num(width)).append('"').append(extra).append("/>\n");
        return this;
    }

    /**
     * @param anchor start, middle or end
     * @param rotate degrees about (x, y); 0 for none
     */
    SvgCanvas text(double x, double y, String text, String anchor, int size, boolean bold, double rotate) {
        body.append("<text x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y))
                .append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(size).append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (rotate != 0) {
            body.append(" transform=\"rotate(").append(Xml.num(rotate)).append(' ').append(Xml.num(x)).append(' ')
                    .append(Xml.num(y)).append(")\"");
        }
        body.append(" fill=\"#222222\">").append(Xml.escape(text)).append("</text>\n");
        return this;
    }

    /** The document's root element, {@code width} by {@code height} user units, white background. */
    String svg(double width, double height, String title) {
        String w = Xml.num(width);
        String h = Xml.num(height);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h
                + "\" viewBox=\"0 0 " + w + " " + h + "\" " + FONT + ">\n<title>" + Xml.escape(title) + "</title>\n"
                + "<rect class=\"background\" x=\"0\" y=\"0\" width=\"" + w + "\" height=\"" + h
                + "\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
    }

    private SvgCanvas close(String tooltip, String element) {
        if (tooltip == null) {
            body.append("/>\n");
        } else {
            body.append("><title>").append(Xml.escape(tooltip)).append("</title></").append(element).append(">\n");
        }
        return this;
    }
}
