package ru.mentoring.monitoring.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import ru.mentoring.monitoring.report.NoteDocument.Block;
import ru.mentoring.monitoring.report.NoteDocument.Bullets;
import ru.mentoring.monitoring.report.NoteDocument.Heading;
import ru.mentoring.monitoring.report.NoteDocument.Paragraph;
import ru.mentoring.monitoring.report.NoteDocument.Picture;
import ru.mentoring.monitoring.report.NoteDocument.Table;

/** A {@link NoteDocument} as a Word document (Apache POI XWPF): Times New Roman, A4, tables with a bold header row. */
final class DocxRenderer {

    private static final String FONT = "Times New Roman";
    /** A4 width minus 2 cm and 1.5 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 11906 - 1134 - 851;

    private DocxRenderer() {
    }

    static byte[] render(NoteDocument doc) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr section = word.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(11906));
            section.getPgSz().setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            margins.setLeft(BigInteger.valueOf(1134));
            margins.setRight(BigInteger.valueOf(851));
            margins.setTop(BigInteger.valueOf(1134));
            margins.setBottom(BigInteger.valueOf(1134));

            XWPFParagraph title = word.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, doc.title(), 14, true);
            for (String line : doc.subtitle()) {
                XWPFParagraph p = word.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                run(p, line, 12, false);
            }
            for (Block block : doc.blocks()) {
                switch (block) {
                    case Heading h -> {
                        XWPFParagraph p = word.createParagraph();
                        p.setSpacingBefore(h.level() == 1 ? 240 : 120);
                        p.setSpacingAfter(60);
                        run(p, h.text(), h.level() == 1 ? 13 : 12, true);
                    }
                    case Paragraph para -> {
                        XWPFParagraph p = word.createParagraph();
                        p.setAlignment(ParagraphAlignment.BOTH);
                        p.setFirstLineIndent(567);
                        run(p, para.text(), 12, para.bold());
                    }
                    case Bullets b -> {
                        for (String item : b.items()) {
                            XWPFParagraph p = word.createParagraph();
                            p.setIndentationLeft(567);
                            p.setIndentationHanging(283);
                            run(p, "– " + item, 12, false);
                        }
                    }
                    case Table t -> table(word, t);
                    case Picture pic -> picture(word, pic);
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the document", e);
        }
    }

    /** The chart as an inline PNG at its printed size, centred, its caption under it. */
    private static void picture(XWPFDocument word, Picture pic) throws IOException {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(120);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(pic.png()), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(pic.width()), Units.toEMU(pic.height()));
        } catch (InvalidFormatException e) {
            throw new IOException("could not add a chart", e);
        }
        XWPFParagraph caption = word.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setSpacingAfter(120);
        run(caption, pic.caption(), 11, false);
    }

    private static void table(XWPFDocument word, Table t) {
        if (t.caption() != null) {
            XWPFParagraph caption = word.createParagraph();
            caption.setSpacingBefore(120);
            run(caption, t.caption(), 12, true);
        }
        XWPFTable table = word.createTable(t.rows().size() + 1, t.headers().size());
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        float total = 0;
        for (float w : t.widths()) {
            total += w;
        }
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < t.headers().size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (t.widths().length == t.headers().size()) {
                    cell.setWidth(String.valueOf(Math.round(TEXT_WIDTH_TWIPS * t.widths()[c] / total)));
                }
                String text = r == 0 ? t.headers().get(c) : cellText(t, r - 1, c);
                XWPFParagraph p = cell.getParagraphs().getFirst();
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    XWPFParagraph target = i == 0 ? p : cell.addParagraph();
                    run(target, lines[i], 11, r == 0);
                }
            }
        }
        word.createParagraph();
    }

    private static String cellText(Table t, int row, int column) {
        var cells = t.rows().get(row);
        return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text == null ? "" : text);
    }
}
