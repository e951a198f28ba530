package ru.mentoring.monitoring.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as a list of blocks, rendered the same way to DOCX ({@link DocxRenderer}) and PDF
 * ({@link PdfRenderer}): what the information note says is decided once.
 */
record NoteDocument(String title, List<String> subtitle, List<Block> blocks) {

    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Picture {
    }

    /** @param level 1 for a section, 2 for a subsection */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text, boolean bold) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
    }

    /** @param widths relative column widths */
    public record Table(String caption, List<String> headers, List<List<String>> rows, float[] widths) implements Block {
    }

    /**
     * A chart as a PNG picture with its caption under it.
     *
     * @param width  printed width in points
     * @param height printed height in points
     */
    public record Picture(String caption, byte[] png, int width, int height) implements Block {
    }

    /** Collects the blocks of a document in order. */
    public static final class Builder {

        private final String title;
        private final List<String> subtitle = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();

        public Builder(String title) {
            this.title = title;
        }

        public Builder subtitle(String line) {
            subtitle.add(line);
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(1, text));
            return this;
        }

        public Builder subheading(String text) {
            blocks.add(new Heading(2, text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text, false));
            return this;
        }

        public Builder bold(String text) {
            blocks.add(new Paragraph(text, true));
            return this;
        }

        public Builder bullets(List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(new Bullets(List.copyOf(items)));
            }
            return this;
        }

        public Builder table(String caption, List<String> headers, List<List<String>> rows, float... widths) {
            blocks.add(new Table(caption, List.copyOf(headers), List.copyOf(rows), widths));
            return this;
        }

        public Builder picture(String caption, NoteCharts.Png png) {
            blocks.add(new Picture(caption, png.bytes(), png.width(), png.height()));
            return this;
        }

        public NoteDocument build() {
            return new NoteDocument(title, List.copyOf(subtitle), List.copyOf(blocks));
        }
    }
}
