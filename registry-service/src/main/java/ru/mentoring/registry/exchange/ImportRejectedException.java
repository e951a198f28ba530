package ru.mentoring.registry.exchange;

import java.util.List;

/** Rows that failed validation: nothing was stored; each row's line, column and reason: 422. */
public class ImportRejectedException extends RuntimeException {

    /** @param row the line in the file (the header is line 1), as the coordinator sees it in Excel */
    public record RowError(int row, String field, String reason) {
    }

    private final List<RowError> errors;
    private final int rows;

    public ImportRejectedException(int rows, List<RowError> errors) {
        super("Импорт отклонён: ошибок " + errors.size() + " в " + rows + " строках; ничего не сохранено");
        this.rows = rows;
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    public int rows() {
        return rows;
    }
}
