package ru.mentoring.web.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The few SVG pieces the charts are made of, with every text escaped. */
final class Svg {

    static final String INK = "#1d2330";
    static final String MUTED = "#5b6475";
    static final String LINE = "#d5dae3";
    static final String ACCENT = "#1f5fa8";
    static final String RISK = "#a4262c";
    static final String GOOD = "#1e6b3a";
    static final String LIGHT = "#9fbde3";

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
                .append(" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<desc>").append(escape(description)).append("</desc>");
    }

    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
                .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append("\">");
        if (tooltip != null) {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        out.append("</rect>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
                .append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        out.append("/>");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke) {
        out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"2.5\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    /** A dot; with {@code href} it is a link (the school's card), with a tooltip saying whose it is. */
    Svg circle(double cx, double cy, double r, String fill, String tooltip, String href) {
        if (href != null) {
            out.append("<a href=\"").append(escape(href)).append("\">");
        }
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\" stroke=\"#fff\" stroke-width=\"1\">");
        if (tooltip != null) {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        out.append("</circle>");
        if (href != null) {
            out.append("</a>");
        }
        return this;
    }

    /** @param anchor start, middle or end */
    Svg text(double x, double y, String text, String anchor, String fill, int size) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append("\" font-size=\"").append(size).append("\">")
                .append(escape(text)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Coordinates with a dot, at most two decimals (SVG's syntax, not the reader's). */
    private static String n(double v) {
        DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /** A figure as the reader reads it: a decimal comma. */
    static String figure(double v, int digits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        return new DecimalFormat(digits > 0 ? "0." + "#".repeat(digits) : "0", symbols).format(v);
    }
}
