package ru.mentoring.monitoring.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import ru.mentoring.monitoring.stats.Percent;

/**
 * The note's pictures, drawn with Java2D into PNG (no network, no display): the dynamics before and
 * after, the targets against their values, the ШНОР share over the years. DejaVu Sans from the
 * service's own fonts, so Cyrillic is drawn the same on every machine. Pictures are drawn at twice
 * their printed size so they stay sharp on paper.
 */
final class NoteCharts {

    /** Printed width in points (the text width of the PDF page is about 495). */
    static final int WIDTH = 480;
    private static final int SCALE = 2;

    private static final Color INK = new Color(0x1d2330);
    private static final Color MUTED = new Color(0x5b6475);
    private static final Color LINE = new Color(0xd5dae3);
    private static final Color ACCENT = new Color(0x1f5fa8);
    private static final Color LIGHT = new Color(0x9fbde3);
    private static final Color RISK = new Color(0xa4262c);
    private static final Color GOOD = new Color(0x1e6b3a);

    private static final Font FONT = load();

    /** A picture and its printed size in points. */
    record Png(byte[] bytes, int width, int height) {
    }

    /** One questionnaire item's means before and after; {@code significant} marks a change the test confirms. */
    record BeforeAfter(String label, double before, double after, boolean significant) {
    }

    /** One programme target: its value (per cent) and the goal. */
    record TargetValue(String label, double value, double target) {
    }

    /** One year of the ШНОР share, per cent. */
    record Share(int year, double percent) {
    }

    private NoteCharts() {
    }

    /** Before (light) and after (dark) bars per item on the 1–10 scale; a significant change marked ★. */
    static Png dynamics(List<BeforeAfter> items) {
        int label = 200;
        int row = 34;
        int height = 34 + row * items.size();
        return draw(height, g -> {
            double scale = (WIDTH - label - 40) / 10.0;
            legend(g, label, 12, LIGHT, "до");
            legend(g, label + 45, 12, ACCENT, "после");
            text(g, "★ — значимое изменение", label + 110, 16, 9, INK);
            for (int tick = 0; tick <= 10; tick += 2) {
                double x = label + tick * scale;
                g.setColor(LINE);
                g.draw(new Line2D.Double(x, 24, x, height - 4));
            }
            int y = 28;
            for (BeforeAfter item : items) {
                wrapped(g, item.label(), 4, y + 12, label - 10, 9, 2);
                bar(g, label, y + 3, item.before() * scale, 11, LIGHT, Percent.number(item.before(), 2));
                bar(g, label, y + 16, item.after() * scale, 11, ACCENT, Percent.number(item.after(), 2));
                if (item.significant()) {
                    text(g, "★", WIDTH - 14, y + 19, 12, GOOD);
                }
                y += row;
            }
        });
    }

    /** Each target's value as a bar with its goal as a red mark. */
    static Png targets(List<TargetValue> targets) {
        int label = 200;
        int row = 30;
        int height = 30 + row * targets.size();
        return draw(height, g -> {
            double max = Math.max(100, targets.stream().mapToDouble(t -> Math.max(t.value(), t.target())).max().orElse(100));
            double scale = (WIDTH - label - 50) / max;
            legend(g, label, 12, ACCENT, "значение");
            g.setColor(RISK);
            g.fill(new Rectangle2D.Double(label + 80, 6, 3, 12));
            text(g, "цель", label + 88, 16, 9, INK);
            int y = 26;
            for (TargetValue t : targets) {
                wrapped(g, t.label(), 4, y + 10, label - 10, 8.5f, 2);
                double w = Math.max(0, t.value()) * scale;
                g.setColor(ACCENT);
                g.fill(new Rectangle2D.Double(label, y + 4, w, 14));
                double x = label + t.target() * scale;
                g.setColor(RISK);
                g.fill(new Rectangle2D.Double(x - 1.5, y, 3, 22));
                // the value after the bar or the goal's mark, whichever ends further right
                text(g, Percent.text(t.value()), (float) (Math.max(label + w, x + 1.5) + 4), y + 16, 8.5f, INK);
                y += row;
            }
        });
    }

    /** The share over the years with the target level as a dashed red line. */
    static Png share(List<Share> years, double target) {
        int height = 210;
        int left = 44;
        int right = WIDTH - 24;
        int top = 24;
        int bottom = height - 28;
        return draw(height, g -> {
            double max = Math.max(target, years.stream().mapToDouble(Share::percent).max().orElse(0)) * 1.15;
            max = max <= 0 ? 100 : Math.min(100, Math.ceil(max / 10) * 10);
            for (int tick = 0; tick <= 4; tick++) {
                double v = max * tick / 4;
                double y = bottom - (bottom - top) * v / max;
                g.setColor(LINE);
                g.draw(new Line2D.Double(left, y, right, y));
                textRight(g, Percent.number(v, 0) + " %", left - 4, y + 3, 8, MUTED);
            }
            double ty = bottom - (bottom - top) * target / max;
            g.setColor(RISK);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            g.draw(new Line2D.Double(left, ty, right, ty));
            g.setStroke(new BasicStroke(1));
            textRight(g, "цель " + Percent.number(target, 0) + " %", right, ty - 4, 9, RISK);
            int n = years.size();
            double step = n <= 1 ? 0 : (right - left - 40) / (double) (n - 1);
            Path2D path = new Path2D.Double();
            for (int i = 0; i < n; i++) {
                double x = left + 20 + step * i;
                double y = bottom - (bottom - top) * years.get(i).percent() / max;
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(ACCENT);
            g.setStroke(new BasicStroke(2));
            g.draw(path);
            g.setStroke(new BasicStroke(1));
            for (int i = 0; i < n; i++) {
                double x = left + 20 + step * i;
                double y = bottom - (bottom - top) * years.get(i).percent() / max;
                g.setColor(ACCENT);
                g.fill(new Ellipse2D.Double(x - 4, y - 4, 8, 8));
                centred(g, Percent.number(years.get(i).percent(), 1) + " %", x, y - 8, 9, INK);
                centred(g, String.valueOf(years.get(i).year()), x, bottom + 16, 9, INK);
            }
        });
    }

    private interface Painter {
        void paint(Graphics2D g);
    }

    private static Png draw(int height, Painter painter) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            painter.paint(g);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return new Png(out.toByteArray(), WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw a chart", e);
        }
    }

    private static void bar(Graphics2D g, double x, double y, double w, double h, Color fill, String value) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        text(g, value, (float) (x + w + 4), (float) (y + h - 2), 8.5f, INK);
    }

    private static void legend(Graphics2D g, int x, int y, Color colour, String label) {
        g.setColor(colour);
        g.fill(new Rectangle2D.Double(x, y - 8, 12, 9));
        text(g, label, x + 16, y, 9, INK);
    }

    private static void text(Graphics2D g, String text, float x, float y, float size, Color colour) {
        g.setFont(FONT.deriveFont(size));
        g.setColor(colour);
        g.drawString(text, x, y);
    }

    private static void textRight(Graphics2D g, String text, double x, double y, float size, Color colour) {
        g.setFont(FONT.deriveFont(size));
        text(g, text, (float) (x - g.getFontMetrics().stringWidth(text)), (float) y, size, colour);
    }

    private static void centred(Graphics2D g, String text, double x, double y, float size, Color colour) {
        g.setFont(FONT.deriveFont(size));
        text(g, text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) y, size, colour);
    }

    /** A label in at most {@code lines} lines of the width; the last one cut with «…» (the table has it whole). */
    private static void wrapped(Graphics2D g, String text, float x, float y, int width, float size, int lines) {
        g.setFont(FONT.deriveFont(size));
        var metrics = g.getFontMetrics();
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder();
        int written = 0;
        float top = y - (size + 1) * (Math.min(lines, estimate(text, metrics, width)) - 1) / 2f;
        for (int i = 0; i < words.length; i++) {
            String next = line.isEmpty() ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(next) > width && !line.isEmpty()) {
                if (written == lines - 1) {
                    text(g, cut(line + " " + words[i], metrics, width), x, top + written * (size + 1), size, INK);
                    return;
                }
                text(g, line.toString(), x, top + written * (size + 1), size, INK);
                written++;
                line = new StringBuilder(words[i]);
            } else {
                line = new StringBuilder(next);
            }
        }
        text(g, cut(line.toString(), metrics, width), x, top + written * (size + 1), size, INK);
    }

    private static int estimate(String text, FontMetrics metrics, int width) {
        return Math.max(1, (int) Math.ceil(metrics.stringWidth(text) / (double) width));
    }

    private static String cut(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && metrics.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    private static Font load() {
        try (InputStream in = NoteCharts.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the font /fonts/DejaVuSans.ttf is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("could not load the font for the charts", e);
        }
    }
}
