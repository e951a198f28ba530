package ru.mentoring.registry.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.platform.export.SpreadsheetText;
import ru.mentoring.platform.upload.TableRow;
import ru.mentoring.platform.upload.UploadException;
import ru.mentoring.platform.upload.UploadedTable;
import ru.mentoring.platform.upload.Uploads;

/**
 * Reads an upload as a {@link Table} through the platform's one reader ({@link Uploads}: the first
 * sheet of a workbook streamed, or CSV in UTF-8 or Windows-1251 with «;», «,» or tabs; within the
 * size, row and column bounds). The imports check every row before storing any, so the rows are
 * held, at most {@code platform.upload.max-rows} of them. A cell the exports wrote as text
 * ({@code '=...}, see {@link SpreadsheetText}) reads back as the value it was.
 */
@Component
class TableReader {

    private final Uploads uploads;

    TableReader(Uploads uploads) {
        this.uploads = uploads;
    }

    Table read(MultipartFile file) {
        try (InputStream body = file.getInputStream();
                UploadedTable table = uploads.open(body, file.getContentType(), file.getOriginalFilename(), file.getSize())) {
            if (table.header().isEmpty()) {
                throw UploadException.unreadable("В первой строке файла нет заголовков столбцов");
            }
            List<Table.Line> lines = new ArrayList<>();
            while (table.hasNext()) {
                TableRow row = table.next();
                lines.add(new Table.Line(Math.toIntExact(row.line()), restore(row.cells())));
            }
            return new Table(restore(table.header()), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> restore(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            out.add(SpreadsheetText.restore(cell));
        }
        return out;
    }
}
