package ru.mentoring.monitoring.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import ru.mentoring.monitoring.report.NoteDocument.Block;
import ru.mentoring.monitoring.report.NoteDocument.Bullets;
import ru.mentoring.monitoring.report.NoteDocument.Heading;
import ru.mentoring.monitoring.report.NoteDocument.Paragraph;
import ru.mentoring.monitoring.report.NoteDocument.Picture;
import ru.mentoring.monitoring.report.NoteDocument.Table;

/**
 * A {@link NoteDocument} as PDF (PDFBox), A4 with DejaVu Sans embedded so Cyrillic reads the same
 * everywhere: words wrapped to the line, tables with borders whose header row repeats on a new
 * page, page numbers at the foot.
 */
final class PdfRenderer {

    private static final float MARGIN = 50;
    private static final float BODY = 10.5f;
    private static final float TABLE = 9f;
    private static final float CELL_PADDING = 3;

    private final PDDocument pdf;
    private final PDFont regular;
    private final PDFont bold;
    private final float width;
    private PDPageContentStream content;
    private float y;

    private PdfRenderer(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        this.regular = font(pdf, "/fonts/DejaVuSans.ttf");
        this.bold = font(pdf, "/fonts/DejaVuSans-Bold.ttf");
        this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    static byte[] render(NoteDocument doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(doc.title());
            info.setCreator("Платформа наставничества: мониторинг");
            PdfRenderer r = new PdfRenderer(pdf);
            r.newPage();
            r.text(doc.title(), r.bold, 14, 0, true);
            for (String line : doc.subtitle()) {
                r.text(line, r.regular, 11, 0, true);
            }
            r.y -= 8;
            for (Block block : doc.blocks()) {
                r.block(block);
            }
            r.content.close();
            r.pageNumbers();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }

    private void block(Block block) throws IOException {
        switch (block) {
            case Heading h -> {
                y -= h.level() == 1 ? 10 : 5;
                ensure(40);
                text(h.text(), bold, h.level() == 1 ? 12.5f : 11, 0, false);
                y -= 2;
            }
            case Paragraph p -> {
                text(p.text(), p.bold() ? bold : regular, BODY, 0, false);
                y -= 3;
            }
            case Bullets b -> {
                for (String item : b.items()) {
                    List<String> lines = wrap(clean(item).replace('\n', ' '), regular, BODY, width - 14);
                    for (int i = 0; i < lines.size(); i++) {
                        ensure(leading(BODY));
                        if (i == 0) {
                            show("–", regular, BODY, MARGIN + 2, y - BODY);
                        }
                        show(lines.get(i), regular, BODY, MARGIN + 14, y - BODY);
                        y -= leading(BODY);
                    }
                }
                y -= 3;
            }
            case Table t -> table(t);
            case Picture p -> picture(p);
        }
    }

    /** The chart centred at its printed size (narrowed to the text width), its caption under it. */
    private void picture(Picture p) throws IOException {
        float w = Math.min(width, p.width());
        float h = p.height() * w / p.width();
        ensure(h + 2 * leading(BODY));
        PDImageXObject image = LosslessFactory.createFromImage(pdf, ImageIO.read(new ByteArrayInputStream(p.png())));
        y -= 4;
        content.drawImage(image, MARGIN + (width - w) / 2, y - h, w, h);
        y -= h + 4;
        text(p.caption(), regular, TABLE, 0, true);
        y -= 6;
    }

    /** A wrapped text block; {@code centred} for the title lines. */
    private void text(String text, PDFont font, float size, float indent, boolean centred) throws IOException {
        for (String paragraph : clean(text).split("\n", -1)) {
            for (String line : wrap(paragraph, font, size, width - indent)) {
                ensure(leading(size));
                float x = MARGIN + indent;
                if (centred) {
                    x = MARGIN + (width - textWidth(line, font, size)) / 2;
                }
                show(line, font, size, x, y - size);
                y -= leading(size);
            }
        }
    }

    private void table(Table t) throws IOException {
        if (t.caption() != null) {
            y -= 4;
            ensure(60);
            text(t.caption(), bold, BODY, 0, false);
            y -= 2;
        }
        int columns = t.headers().size();
        float[] widths = new float[columns];
        float total = 0;
        for (int c = 0; c < columns; c++) {
            total += t.widths().length == columns ? t.widths()[c] : 1;
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = width * (t.widths().length == columns ? t.widths()[c] : 1) / total;
        }
        List<List<String>> header = cellLines(t.headers(), widths, bold);
        float first = t.rows().isEmpty() ? 0 : height(cellLines(t.rows().getFirst(), widths, regular));
        // a header alone at the foot of a page helps nobody: keep it with the first row
        ensure(height(header) + first);
        draw(header, widths, bold, height(header));
        for (List<String> cells : t.rows()) {
            List<List<String>> lines = cellLines(cells, widths, regular);
            float height = height(lines);
            if (y - height < MARGIN) {
                newPageContinuing();
                row(t.headers(), widths, bold);
            }
            draw(lines, widths, regular, height);
        }
        y -= 8;
    }

    private void row(List<String> cells, float[] widths, PDFont font) throws IOException {
        List<List<String>> lines = cellLines(cells, widths, font);
        float height = height(lines);
        ensure(height);
        draw(lines, widths, font, height);
    }

    private List<List<String>> cellLines(List<String> cells, float[] widths, PDFont font) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String text = c < cells.size() && cells.get(c) != null ? clean(cells.get(c)) : "";
            List<String> cellLines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                cellLines.addAll(wrap(paragraph, font, TABLE, widths[c] - 2 * CELL_PADDING));
            }
            lines.add(cellLines);
        }
        return lines;
    }

    private float height(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return most * leading(TABLE) + 2 * CELL_PADDING;
    }

    private void draw(List<List<String>> lines, float[] widths, PDFont font, float height) throws IOException {
        float x = MARGIN;
        content.setLineWidth(0.5f);
        for (int c = 0; c < widths.length; c++) {
            content.addRect(x, y - height, widths[c], height);
            content.stroke();
            float ty = y - CELL_PADDING - TABLE;
            for (String line : lines.get(c)) {
                show(line, font, TABLE, x + CELL_PADDING, ty);
                ty -= leading(TABLE);
            }
            x += widths[c];
        }
        y -= height;
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, size) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word longer than the line is cut where it has to be
            String rest = word;
            while (textWidth(rest, font, size) > max && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > max) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static float leading(float size) {
        return size * 1.3f;
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            newPageContinuing();
        }
    }

    private void newPageContinuing() throws IOException {
        content.close();
        newPage();
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void pageNumbers() throws IOException {
        int pages = pdf.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(pdf, pdf.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                String text = (i + 1) + " / " + pages;
                foot.beginText();
                foot.setFont(regular, 8);
                foot.newLineAtOffset(MARGIN + width - textWidth(text, regular, 8), MARGIN / 2);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    /** What DejaVu Sans cannot show (control characters, tabs) becomes a space. */
    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\r', ' ').replaceAll("[\\p{Cntrl}&&[^\n]]", " ")
                .replace('\u00a0', ' ');
    }

    private static PDFont font(PDDocument pdf, String resource) throws IOException {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font not on the class path: " + resource);
            }
            return PDType0Font.load(pdf, in);
        }
    }
}
