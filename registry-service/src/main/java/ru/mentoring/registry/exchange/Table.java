package ru.mentoring.registry.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.mentoring.platform.upload.RowError;
import ru.mentoring.platform.upload.RowsRejectedException;

/**
 * A file read as a table: the header and the data rows, each with its line number in the file
 * (line 1 is the header), cells as text exactly as the coordinator sees them.
 */
record Table(List<String> header, List<Line> lines) {

    record Line(int number, List<String> cells) {

        String cell(int column) {
            if (column < 0 || column >= cells.size()) {
                return null;
            }
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        boolean isEmpty() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** Header names compared without case, spaces around, «ё» and a trailing «*» (mandatory marks). */
    static String normal(String header) {
        if (header == null) {
            return "";
        }
        String h = header.replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
        return h.endsWith("*") ? h.substring(0, h.length() - 1).strip() : h;
    }

    /** The column of the first of the names found in the header, or -1. */
    int column(List<String> names) {
        for (String name : names) {
            String wanted = normal(name);
            for (int i = 0; i < header.size(); i++) {
                if (normal(header.get(i)).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** An import with bad rows: nothing stored, every row listed (platform's one shape of a rejected upload). */
    static RowsRejectedException rejected(int rows, List<RowError> errors) {
        return RowsRejectedException.of("Импорт отклонён: ошибок " + errors.size() + " в " + rows + " строках; ничего не сохранено",
                rows, errors);
    }

    static Map<String, Integer> none() {
        return Map.of();
    }
}
