package ru.mentoring.platform.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import ru.mentoring.platform.security.CallerIdentity;

/**
 * The small-cell rule (property {@code platform.privacy.min-cell-size}, default 5): a count, share or
 * mean computed over 1 to k − 1 people is not shown to a reader who is not entitled to exact figures
 * (a department viewer): in JSON the figure is {@code null} with {@code suppressed: true} beside it,
 * in a workbook the text «<5». Coordinators, school administrators (their own school) and services
 * see exact figures.
 *
 * <p>Zero is not a small cell: "nobody" identifies nobody, and hiding zeros would hide most empty
 * breakdown lines for nothing. A cell is judged by the number of people it is computed over (a
 * school's respondents, a form's pairs' people, a kind's participants), not by a numerator under a
 * group of five or more.
 *
 * <p>Complementary suppression: where a breakdown also shows its total, one hidden cell of a line
 * could be computed as the total minus the others, so whenever exactly one cell of a line (a row
 * or a column of a table) is hidden, the smallest other non-zero cell of that line is hidden too
 * (a zero only when there is no other); in a table this repeats until no line has exactly one.
 */
@ConfigurationProperties("platform.privacy")
public record SmallCells(@DefaultValue("5") int minCellSize) {

    public SmallCells {
        if (minCellSize < 1) {
            throw new IllegalArgumentException("platform.privacy.min-cell-size must be at least 1, was " + minCellSize);
        }
    }

    /** Whether a figure over this many people is a small cell (1 to k − 1; zero is not). */
    public boolean isSmall(long people) {
        return people > 0 && people < minCellSize;
    }

    /** How a hidden figure reads in a workbook or a document: «<5». */
    public String shownAs() {
        return "<" + minCellSize;
    }

    /**
     * Whether this caller gets small cells hidden: everyone but a coordinator, a service, and a
     * school administrator who is nothing broader (a department viewer, and any read role added later).
     */
    public boolean hidesFrom(CallerIdentity caller) {
        return !(caller.isCoordinator() || caller.isInternalService() || caller.isSchoolAdminOnly());
    }

    /** The rule as it applies to this caller: exact figures, or small cells hidden. */
    public Reader readerOf(CallerIdentity caller) {
        return new Reader(this, hidesFrom(caller));
    }

    /**
     * Which cells of one line whose total is also shown are hidden: the small ones, and when that is
     * exactly one, its complement (see the class comment). Cells are numbers of people.
     */
    public boolean[] hideInLine(long... cells) {
        boolean[] hidden = new boolean[cells.length];
        for (int i = 0; i < cells.length; i++) {
            hidden[i] = isSmall(cells[i]);
        }
        complement(cells, hidden);
        return hidden;
    }

    /**
     * Which cells of a table whose row and column totals are both shown are hidden: the small ones,
     * then complements until no row and no column has exactly one hidden cell.
     */
    public boolean[][] hideInTable(long[][] cells) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = isSmall(cells[r][c]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                changed |= complement(cells[r], hidden[r]);
            }
            for (int c = 0; c < columns; c++) {
                long[] column = new long[rows];
                boolean[] hiddenColumn = new boolean[rows];
                for (int r = 0; r < rows; r++) {
                    column[r] = cells[r][c];
                    hiddenColumn[r] = hidden[r][c];
                }
                if (complement(column, hiddenColumn)) {
                    changed = true;
                    for (int r = 0; r < rows; r++) {
                        hidden[r][c] = hiddenColumn[r];
                    }
                }
            }
        }
        return hidden;
    }

    /** Hides a second cell when exactly one of the line is hidden; whether it hid one. */
    private static boolean complement(long[] cells, boolean[] hidden) {
        int count = 0;
        for (boolean h : hidden) {
            count += h ? 1 : 0;
        }
        if (count != 1) {
            return false;
        }
        int chosen = -1;
        for (int i = 0; i < cells.length; i++) {
            if (hidden[i]) {
                continue;
            }
            // a non-zero cell first: hiding a zero beside a small cell still tells that both are small
            boolean better = chosen < 0
                    || (cells[i] > 0 && (cells[chosen] == 0 || cells[i] < cells[chosen]));
            if (better) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            return false;
        }
        hidden[chosen] = true;
        return true;
    }

    /**
     * The rule for one reader. {@link #hides(long)} says whether a figure over that many people is
     * hidden from them; {@link #hideInLine(long...)} and {@link #hideInTable(long[][])} answer all
     * false for a reader with exact figures.
     */
    public record Reader(SmallCells rule, boolean hidesSmallCells) {

        public boolean hides(long people) {
            return hidesSmallCells && rule.isSmall(people);
        }

        public boolean[] hideInLine(long... cells) {
            return hidesSmallCells ? rule.hideInLine(cells) : new boolean[cells.length];
        }

        public boolean[][] hideInTable(long[][] cells) {
            return hidesSmallCells ? rule.hideInTable(cells)
                    : new boolean[cells.length][cells.length == 0 ? 0 : cells[0].length];
        }

        /** The figure, or null when hidden. */
        public <T> T shown(T value, boolean hidden) {
            return hidden ? null : value;
        }

        public String shownAs() {
            return rule.shownAs();
        }
    }
}
