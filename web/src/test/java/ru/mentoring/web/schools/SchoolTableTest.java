package ru.mentoring.web.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SchoolTableTest {

    private static SchoolTable.Row row(String name, Double ior, String... statuses) {
        return new SchoolTable.Row(name.toLowerCase(), name, ior, null, null, null, List.of(statuses));
    }

    @Test
    void sortsNamesInRussianAlphabeticalOrder() {
        List<SchoolTable.Row> rows = List.of(row("Ёлкинская СОШ", 0.5), row("Южная СОШ", 0.4), row("Авиловская СОШ", 0.3),
                row("Ежовская СОШ", 0.2));
        SchoolTable.Page page = SchoolTable.page(rows, SchoolTable.Query.of(null, null, null, null));
        assertThat(page.rows()).extracting(SchoolTable.Row::name)
                .containsExactly("Авиловская СОШ", "Ежовская СОШ", "Ёлкинская СОШ", "Южная СОШ");
    }

    @Test
    void sortsByIndexEitherWayWithUndefinedValuesLast() {
        List<SchoolTable.Row> rows = List.of(row("А", 0.5), row("Б", null), row("В", 0.9), row("Г", 0.1));
        assertThat(SchoolTable.page(rows, SchoolTable.Query.of(null, "ior", "desc", 1)).rows())
                .extracting(SchoolTable.Row::name).containsExactly("В", "А", "Г", "Б");
        assertThat(SchoolTable.page(rows, SchoolTable.Query.of(null, "ior", "asc", 1)).rows())
                .extracting(SchoolTable.Row::name).containsExactly("Г", "А", "В", "Б");
    }

    @Test
    void filtersByStatusBeforePaging() {
        List<SchoolTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            rows.add(row("Школа " + (100 + i), 0.01 * i, i % 3 == 0 ? "LOW_RESULTS" : "EFFECTIVE"));
        }
        SchoolTable.Page low = SchoolTable.page(rows, SchoolTable.Query.of("LOW_RESULTS", null, null, 1));
        assertThat(low.total()).isEqualTo(15);
        assertThat(low.pages()).isEqualTo(1);
        assertThat(low.rows()).allMatch(r -> r.statuses().contains("LOW_RESULTS"));
    }

    @Test
    void pagesByTwentyAndClampsAPageBeyondTheLastToTheLast() {
        List<SchoolTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            rows.add(row("Школа " + (100 + i), null));
        }
        SchoolTable.Page third = SchoolTable.page(rows, SchoolTable.Query.of(null, "name", "asc", 3));
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.rows()).extracting(SchoolTable.Row::name).containsExactly("Школа 140", "Школа 141", "Школа 142",
                "Школа 143", "Школа 144");
        assertThat(SchoolTable.page(rows, SchoolTable.Query.of(null, "name", "asc", 99)).page()).isEqualTo(3);
        assertThat(SchoolTable.page(List.of(), SchoolTable.Query.of(null, null, null, 5)).rows()).isEmpty();
    }

    @Test
    void anUnknownSortColumnFallsBackToNames() {
        assertThat(SchoolTable.Query.of(null, "code; drop", "desc", -3))
                .isEqualTo(new SchoolTable.Query(null, "name", true, 1));
    }
}
