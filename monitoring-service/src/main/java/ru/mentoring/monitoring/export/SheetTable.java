package ru.mentoring.monitoring.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sheet of an export: a title line, a header row and data rows. Cells are {@link Number}s
 * (written as numbers), {@link Boolean}s («да»/«нет»), null (empty) or anything else as text.
 */
public record SheetTable(String name, String title, List<String> headers, List<List<Object>> rows) {

    public static SheetTable of(String name, String title, String... headers) {
        return new SheetTable(name, title, List.of(headers), new ArrayList<>());
    }

    public SheetTable row(Object... cells) {
        rows.add(new ArrayList<>(Arrays.asList(cells)));
        return this;
    }
}
