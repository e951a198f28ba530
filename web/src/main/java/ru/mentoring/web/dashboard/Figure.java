package ru.mentoring.web.dashboard;

import java.util.List;

/**
 * One figure of the overview as its table: what the page shows under the chart and what the XLSX
 * download holds (the same rows, Russian headers, names not codes, numbers as numbers).
 *
 * @param key     the figure's name in its download's address ({@code /dashboard/figures/{key}.xlsx})
 * @param chart   the chart as inline SVG, or null when there is nothing to draw ("нет данных" is shown)
 */
public record Figure(String key, String title, List<String> headers, List<List<Cell>> rows, String chart) {

    public boolean hasData() {
        return chart != null && !rows.isEmpty();
    }

    /**
     * One cell: a text, or a number with the decimals it is shown with; a count hidden for the
     * department viewer (1–4 people) is {@link #hidden()}, written «<5».
     */
    public record Cell(String text, Double number, int digits, boolean hidden) {

        public static Cell text(String text) {
            return new Cell(text, null, 0, false);
        }

        /** A count as the service gives it: null means hidden (a small cell). */
        public static Cell count(Long n) {
            return n == null ? new Cell(null, null, 0, true) : new Cell(null, n.doubleValue(), 0, false);
        }

        /** A measured value; null is "none" (a dash), not hidden. */
        public static Cell number(Double v, int digits) {
            return new Cell(null, v, digits, false);
        }

        public boolean numeric() {
            return number != null;
        }
    }
}
