package ru.mentoring.monitoring.competency;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import ru.mentoring.platform.upload.TableRow;
import ru.mentoring.platform.upload.UploadException;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.upload.Uploads;

/**
 * An uploaded table of scores, read through the platform's one reader ({@link Uploads}: the first
 * sheet of an XLSX workbook streamed, or CSV in UTF-8 or Windows-1251 with «;», «,» or tab; within
 * {@code platform.upload.*}). The rows are held because the whole file is checked before any row is
 * stored; each keeps the line a person finds it at (the header is line 1).
 */
record UploadedRows(List<String> header, List<Line> lines) {

    record Line(long number, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
        }
    }

    static UploadedRows read(Uploads uploads, InputStream body, String filename, String contentType, long length) {
        try (UploadedTable table = uploads.open(body, contentType, filename, length)) {
            if (table.header().isEmpty()) {
                throw UploadException.unreadable("В первой строке файла нет заголовков столбцов");
            }
            List<Line> lines = new ArrayList<>();
            while (table.hasNext()) {
                TableRow row = table.next();
                lines.add(new Line(row.line(), row.cells()));
            }
            return new UploadedRows(table.header(), lines);
        }
    }
}
