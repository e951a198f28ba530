package ru.mentoring.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * The dashboard's charts as inline SVG. Each takes the figures it shows and nothing else; values
 * that are hidden (small cells) or missing are passed as null and drawn as absent, never as zero.
 */
public final class Charts {

    private static final int WIDTH = 640;
    /** What fits in the 250 px before the bars at 13 px (about 7.3 px a letter). */
    private static final int LABEL_CHARS = 33;

    private Charts() {
    }

    /** One horizontal bar. @param value null when hidden or missing */
    public record Bar(String label, Double value) {
    }

    /** A before/after pair of one questionnaire item; {@code significant} marks a change the test confirms. */
    public record PairedBar(String label, Double before, Double after, boolean significant) {
    }

    /** One year of a trend. */
    public record Point(String label, Double value) {
    }

    /** One school on the scatter. @param href its card, or null for a reader who may not open it */
    public record Dot(String label, double x, double y, String group, String href) {
    }

    /** A group of dots with its colour, in the legend's order. */
    public record Group(String key, String label, String colour) {
    }

    /** Horizontal bars, longest scale first; the value written at the end of each bar. */
    public static String bars(String title, String unit, List<Bar> bars) {
        int rowHeight = 30;
        int labelWidth = 250;
        int height = 30 + rowHeight * Math.max(1, bars.size());
        double max = bars.stream().map(Bar::value).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
        double scale = (WIDTH - labelWidth - 70) / (max <= 0 ? 1 : max);
        Svg svg = new Svg(WIDTH, height, title, title + ": " + describe(bars, unit));
        int y = 10;
        for (Bar bar : bars) {
            // labels start at the left edge, cut to what fits before the bars (the table has them whole)
            svg.text(4, y + 19, shorten(bar.label(), LABEL_CHARS), "start", Svg.INK, 13);
            if (bar.value() == null) {
                svg.text(labelWidth + 4, y + 19, "скрыто (<5) или нет данных", "start", Svg.MUTED, 12);
            } else {
                double w = bar.value() * scale;
                svg.rect(labelWidth, y + 4, w, rowHeight - 10, Svg.ACCENT, bar.label() + ": " + Svg.figure(bar.value(), 1) + unit);
                svg.text(labelWidth + w + 6, y + 19, Svg.figure(bar.value(), 1) + unit, "start", Svg.INK, 12);
            }
            y += rowHeight;
        }
        return svg.end();
    }

    /** Before (light) and after (dark) per item on a 1–10 scale; a significant change is marked with ★. */
    public static String pairedBars(String title, List<PairedBar> items) {
        int rowHeight = 44;
        int labelWidth = 250;
        int height = 50 + rowHeight * Math.max(1, items.size());
        double scale = (WIDTH - labelWidth - 80) / 10.0;
        Svg svg = new Svg(WIDTH, height, title, title + ": до и после по каждому вопросу, ★ — значимое изменение");
        svg.rect(labelWidth, 8, 14, 10, Svg.LIGHT, null).text(labelWidth + 18, 17, "до", "start", Svg.INK, 12)
                .rect(labelWidth + 50, 8, 14, 10, Svg.ACCENT, null).text(labelWidth + 68, 17, "после", "start", Svg.INK, 12)
                .text(labelWidth + 125, 17, "★ значимое изменение", "start", Svg.INK, 12);
        int y = 30;
        for (PairedBar item : items) {
            svg.text(4, y + 24, shorten(item.label(), LABEL_CHARS), "start", Svg.INK, 13);
            bar(svg, labelWidth, y + 4, item.before(), scale, Svg.LIGHT, item.label() + " — до");
            bar(svg, labelWidth, y + 22, item.after(), scale, Svg.ACCENT, item.label() + " — после");
            if (item.significant()) {
                svg.text(WIDTH - 20, y + 24, "★", "middle", Svg.GOOD, 16);
            }
            y += rowHeight;
        }
        return svg.end();
    }

    /** A percentage over the years, with the target as a dashed line. */
    public static String trend(String title, List<Point> points, double target, String targetLabel) {
        int height = 260;
        int left = 50;
        int right = WIDTH - 20;
        int top = 20;
        int bottom = height - 40;
        double max = Math.max(target, points.stream().map(Point::value).filter(v -> v != null).mapToDouble(Double::doubleValue)
                .max().orElse(0)) * 1.15;
        max = max <= 0 ? 100 : Math.min(100, Math.ceil(max / 10) * 10);
        Svg svg = new Svg(WIDTH, height, title, title + ": " + describePoints(points) + "; цель: " + targetLabel);
        for (int tick = 0; tick <= 4; tick++) {
            double v = max * tick / 4;
            double y = bottom - (bottom - top) * v / max;
            svg.line(left, y, right, y, Svg.LINE, 1, false).text(left - 6, y + 4, Svg.figure(v, 0) + " %", "end", Svg.MUTED, 11);
        }
        double targetY = bottom - (bottom - top) * target / max;
        svg.line(left, targetY, right, targetY, Svg.RISK, 2, true)
                .text(right, targetY - 6, targetLabel, "end", Svg.RISK, 12);
        int n = points.size();
        double step = n <= 1 ? 0 : (right - left - 40) / (double) (n - 1);
        List<double[]> drawn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = left + 20 + step * i;
            svg.text(x, bottom + 20, points.get(i).label(), "middle", Svg.INK, 12);
            Double v = points.get(i).value();
            if (v != null) {
                drawn.add(new double[] {x, bottom - (bottom - top) * v / max});
            }
        }
        if (drawn.size() > 1) {
            svg.polyline(drawn.stream().mapToDouble(p -> p[0]).toArray(), drawn.stream().mapToDouble(p -> p[1]).toArray(), Svg.ACCENT);
        }
        for (int i = 0, d = 0; i < n; i++) {
            Double v = points.get(i).value();
            if (v != null) {
                double[] p = drawn.get(d++);
                svg.circle(p[0], p[1], 5, Svg.ACCENT, points.get(i).label() + ": " + Svg.figure(v, 1) + " %", null)
                        .text(p[0], p[1] - 10, Svg.figure(v, 1) + " %", "middle", Svg.INK, 12);
            }
        }
        return svg.end();
    }

    /**
     * Schools by ИОР (across) and ИСБШ (up) with the quartile boundaries as dashed lines; each dot in
     * its group's colour and, where the reader may open it, a link to the school's card.
     */
    public static String scatter(String title, String xLabel, String yLabel, List<Dot> dots, List<Group> groups,
            List<Double> xBounds, List<Double> yBounds) {
        int height = 420;
        int left = 60;
        int right = WIDTH - 20;
        int top = 20;
        int bottom = height - 80;
        double minX = min(dots.stream().mapToDouble(Dot::x).toArray(), xBounds);
        double maxX = max(dots.stream().mapToDouble(Dot::x).toArray(), xBounds);
        double minY = min(dots.stream().mapToDouble(Dot::y).toArray(), yBounds);
        double maxY = max(dots.stream().mapToDouble(Dot::y).toArray(), yBounds);
        double padX = (maxX - minX) * 0.05 + 1e-9;
        double padY = (maxY - minY) * 0.05 + 1e-9;
        double x0 = minX - padX;
        double x1 = maxX + padX;
        double y0 = minY - padY;
        double y1 = maxY + padY;
        Svg svg = new Svg(WIDTH, height, title, title + ": " + dots.size() + " школ; пунктир — границы квартилей");
        svg.line(left, bottom, right, bottom, Svg.MUTED, 1, false).line(left, top, left, bottom, Svg.MUTED, 1, false)
                .text((left + right) / 2.0, bottom + 34, xLabel, "middle", Svg.INK, 13)
                .text(left - 40, top - 6, yLabel, "start", Svg.INK, 13)
                .text(left, bottom + 16, Svg.figure(x0, 2), "start", Svg.MUTED, 11)
                .text(right, bottom + 16, Svg.figure(x1, 2), "end", Svg.MUTED, 11)
                .text(left - 4, bottom, Svg.figure(y0, 2), "end", Svg.MUTED, 11)
                .text(left - 4, top + 10, Svg.figure(y1, 2), "end", Svg.MUTED, 11);
        for (Double b : xBounds) {
            double x = left + (right - left) * (b - x0) / (x1 - x0);
            svg.line(x, top, x, bottom, Svg.MUTED, 1, true);
        }
        for (Double b : yBounds) {
            double y = bottom - (bottom - top) * (b - y0) / (y1 - y0);
            svg.line(left, y, right, y, Svg.MUTED, 1, true);
        }
        for (Dot dot : dots) {
            String colour = groups.stream().filter(g -> g.key().equals(dot.group())).map(Group::colour).findFirst().orElse(Svg.MUTED);
            svg.circle(left + (right - left) * (dot.x() - x0) / (x1 - x0), bottom - (bottom - top) * (dot.y() - y0) / (y1 - y0), 6,
                    colour, dot.label() + ": ИОР " + Svg.figure(dot.x(), 3) + ", ИСБШ " + Svg.figure(dot.y(), 3), dot.href());
        }
        double lx = left;
        for (Group g : groups) {
            svg.circle(lx + 6, height - 20, 6, g.colour(), null, null).text(lx + 16, height - 16, g.label(), "start", Svg.INK, 12);
            lx += 24 + g.label().length() * 7.2;
        }
        return svg.end();
    }

    private static void bar(Svg svg, double x, double y, Double value, double scale, String fill, String label) {
        if (value == null) {
            svg.text(x + 4, y + 13, "скрыто (<5)", "start", Svg.MUTED, 11);
        } else {
            svg.rect(x, y, value * scale, 16, fill, label + ": " + Svg.figure(value, 2));
            svg.text(x + value * scale + 6, y + 13, Svg.figure(value, 2), "start", Svg.INK, 11);
        }
    }

    private static double min(double[] values, List<Double> more) {
        return extreme(values, more, Math::min, Double.POSITIVE_INFINITY, 0);
    }

    private static double max(double[] values, List<Double> more) {
        return extreme(values, more, Math::max, Double.NEGATIVE_INFINITY, 1);
    }

    /** The smallest or largest of the dots and the boundaries; {@code none} when there are neither. */
    private static double extreme(double[] values, List<Double> more, DoubleBinaryOperator pick, double start, double none) {
        double m = start;
        for (double v : values) {
            m = pick.applyAsDouble(m, v);
        }
        for (Double v : more) {
            m = pick.applyAsDouble(m, v);
        }
        return Double.isInfinite(m) ? none : m;
    }

    private static String describe(List<Bar> bars, String unit) {
        return String.join("; ", bars.stream().map(b -> b.label() + " — "
                + (b.value() == null ? "скрыто" : Svg.figure(b.value(), 1) + unit)).toList());
    }

    private static String describePoints(List<Point> points) {
        return String.join("; ", points.stream().map(p -> p.label() + " — "
                + (p.value() == null ? "нет данных" : Svg.figure(p.value(), 1) + " %")).toList());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
