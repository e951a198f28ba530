package ru.mentoring.platform.export;

/**
 * The one rule against formula injection (OWASP "CSV Injection"): a cell whose text begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run by Excel or
 * LibreOffice as a formula ({@code =HYPERLINK(...)}), so it is written with a leading {@code '},
 * which a spreadsheet shows as text. {@link #restore} undoes it for an importer, so that a value
 * survives export and import unchanged.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text as a spreadsheet cell that cannot be a formula. */
    public static String neutralize(String text) {
        return text != null && formulaLike(text, 0) ? "'" + text : text;
    }

    /** A cell read back from a file: a neutralized text loses its apostrophe, anything else is as it was. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && formulaLike(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean formulaLike(String text, int at) {
        if (text.length() <= at) {
            return false;
        }
        return switch (text.charAt(at)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
