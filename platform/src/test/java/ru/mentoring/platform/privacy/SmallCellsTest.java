package ru.mentoring.platform.privacy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallCellsTest {

    private final SmallCells rule = new SmallCells(5);

    private static CallerIdentity caller(Role... roles) {
        return new CallerIdentity("u", "someone", EnumSet.copyOf(Set.of(roles)), null, "mil");
    }

    @Test
    void oneToFourPeopleAreSmallZeroAndFiveAreNot() {
        assertThat(rule.isSmall(0)).isFalse();
        assertThat(rule.isSmall(1)).isTrue();
        assertThat(rule.isSmall(4)).isTrue();
        assertThat(rule.isSmall(5)).isFalse();
        assertThat(rule.shownAs()).isEqualTo("<5");
        assertThat(new SmallCells(3).isSmall(3)).isFalse();
        assertThat(new SmallCells(3).shownAs()).isEqualTo("<3");
    }

    @Test
    void aMinimumCellSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> new SmallCells(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheDepartmentViewerAndOtherReadOnlyRolesGetSmallCellsHidden() {
        assertThat(rule.hidesFrom(caller(Role.DEPARTMENT_VIEWER))).isTrue();
        assertThat(rule.hidesFrom(caller(Role.COORDINATOR))).isFalse();
        assertThat(rule.hidesFrom(caller(Role.SCHOOL_ADMIN))).isFalse();
        assertThat(rule.hidesFrom(caller(Role.INTERNAL_SERVICE))).isFalse();
        // a viewer who also administers a school reads the municipality, so the viewer's rule applies
        assertThat(rule.hidesFrom(caller(Role.SCHOOL_ADMIN, Role.DEPARTMENT_VIEWER))).isTrue();
        assertThat(rule.hidesFrom(caller(Role.COORDINATOR, Role.DEPARTMENT_VIEWER))).isFalse();
        assertThat(rule.hidesFrom(new CallerIdentity("u", "x", Set.of(), null, null))).isTrue();
    }

    @Test
    void aLineWithTwoSmallCellsHidesJustThose() {
        // schools 12, 3, 7, 2 (total 24): 3 and 2 hidden; 24 − 12 − 7 = 5 = 3 + 2 cannot be split
        assertThat(rule.hideInLine(12, 3, 7, 2)).containsExactly(false, true, false, true);
    }

    @Test
    void aLineWithOneSmallCellHidesTheNextSmallestToo() {
        // schools 12, 3, 7, 9 (total 31): 3 alone would be 31 − 12 − 7 − 9; the next smallest, 7, goes too
        assertThat(rule.hideInLine(12, 3, 7, 9)).containsExactly(false, true, true, false);
    }

    @Test
    void theComplementIsANonZeroCellWhenThereIsOne() {
        // 0, 4, 0, 20, 6: 4 is hidden; hiding a zero would leave 4 + 0 = 26 − 20 − 6 − 0 known, so 6 goes
        assertThat(rule.hideInLine(0, 4, 0, 20, 6)).containsExactly(false, true, false, false, true);
        // nothing else but zeros: a zero is the only complement there is
        assertThat(rule.hideInLine(0, 4, 0)).containsExactly(true, true, false);
    }

    @Test
    void aLineWithNoSmallCellHidesNothing() {
        assertThat(rule.hideInLine(5, 0, 40)).containsExactly(false, false, false);
        assertThat(rule.hideInLine()).isEmpty();
    }

    @Test
    void aTableIsCompletedUntilNoRowOrColumnHasExactlyOneHiddenCell() {
        // rows: schools; columns: kinds; row and column totals are shown
        //        A   B   C
        //  s1   10   2  10     row s1: 2 hidden, complement 10 (first of the equal smallest, column A)
        //  s2    8   9  20     column A: s1 hidden, complement 8 (s2); row s2: complement 9 (column B)
        //  s3   30  40  50     column B: s1 and s2 hidden: done
        long[][] table = {{10, 2, 10}, {8, 9, 20}, {30, 40, 50}};
        boolean[][] hidden = rule.hideInTable(table);
        assertThat(hidden[0]).containsExactly(true, true, false);
        assertThat(hidden[1]).containsExactly(true, true, false);
        assertThat(hidden[2]).containsExactly(false, false, false);
        // every row and column now has zero or at least two hidden cells
        for (int r = 0; r < 3; r++) {
            int inRow = 0;
            int inColumn = 0;
            for (int c = 0; c < 3; c++) {
                inRow += hidden[r][c] ? 1 : 0;
                inColumn += hidden[c][r] ? 1 : 0;
            }
            assertThat(inRow).isNotEqualTo(1);
            assertThat(inColumn).isNotEqualTo(1);
        }
    }

    @Test
    void aTableWithoutSmallCellsHidesNothing() {
        boolean[][] hidden = rule.hideInTable(new long[][] {{5, 6}, {0, 7}});
        assertThat(hidden[0]).containsExactly(false, false);
        assertThat(hidden[1]).containsExactly(false, false);
    }

    @Test
    void aReaderWithExactFiguresHasNothingHidden() {
        SmallCells.Reader coordinator = rule.readerOf(caller(Role.COORDINATOR));
        assertThat(coordinator.hides(1)).isFalse();
        assertThat(coordinator.hideInLine(12, 3, 7, 9)).containsExactly(false, false, false, false);
        SmallCells.Reader viewer = rule.readerOf(caller(Role.DEPARTMENT_VIEWER));
        assertThat(viewer.hides(1)).isTrue();
        assertThat(viewer.hides(0)).isFalse();
        assertThat(viewer.hideInLine(12, 3, 7, 9)).containsExactly(false, true, true, false);
        assertThat(viewer.shown(3L, true)).isNull();
        assertThat(viewer.shown(3L, false)).isEqualTo(3L);
    }
}
