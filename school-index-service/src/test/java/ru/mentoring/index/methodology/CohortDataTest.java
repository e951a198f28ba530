package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CohortDataTest {

    @Test
    void schoolsAreSortedByCodeWhateverTheLoadingOrder() {
        CohortData data = CohortData.builder()
                .school("S3", "M2", true)
                .indicator("S3", 2024, "A", 3)
                .school("S1", "M1", false)
                .indicator("S1", 2024, "A", 1)
                .school("S2", "M1", false)
                .factor("S2", 2023, "F", 0.2)
                .build();

        assertThat(data.schools()).extracting(School::code).containsExactly("S1", "S2", "S3");
        assertThat(data.indexOf("S3")).isEqualTo(2);
        assertThat(data.indexOf("nope")).isEqualTo(-1);
        assertThat(data.indicatorValue(2, 2024, "A")).isEqualTo(3.0);
        assertThat(data.indicatorValue(0, 2024, "A")).isEqualTo(1.0);
        assertThat(data.indicatorValue(1, 2024, "A")).isNaN();
        assertThat(data.factorValue(1, 2023, "F")).isEqualTo(0.2);
        assertThat(data.indicatorValue(0, 2020, "A")).isNaN();
        assertThat(data.school(2).advancedLevel()).isTrue();
    }

    @Test
    void yearsAreTheYearsWithIndicatorValues() {
        CohortData data = CohortData.builder().school("S1", null, false)
                .indicator("S1", 2024, "A", 1).indicator("S1", 2022, "A", 1)
                .factor("S1", 2021, "F", 1).build();
        assertThat(data.years()).containsExactly(2022, 2024);
    }

    @Test
    void manySchoolsAddedAfterValuesGrowTheColumns() {
        CohortData.Builder b = CohortData.builder();
        for (int i = 0; i < 100; i++) {
            String code = String.format("S%03d", i);
            b.school(code, "M", false).indicator(code, 2024, "A", i);
        }
        CohortData data = b.build();
        for (int i = 0; i < 100; i++) {
            assertThat(data.indicatorValue(i, 2024, "A")).isEqualTo(i);
        }
    }

    @Test
    void duplicateValueIsRejected() {
        CohortData.Builder b = CohortData.builder().school("S1", "M", false).indicator("S1", 2024, "A", 1);
        assertThatThrownBy(() -> b.indicator("S1", 2024, "A", 2))
                .isInstanceOfSatisfying(ComputationException.class, e -> {
                    assertThat(e.year()).isEqualTo(2024);
                    assertThat(e.reason()).contains("указано дважды");
                });
    }

    @Test
    void valueOfUnknownSchoolOrNonFiniteValueIsRejected() {
        CohortData.Builder b = CohortData.builder().school("S1", "M", false);
        assertThatThrownBy(() -> b.indicator("S9", 2024, "A", 1))
                .isInstanceOf(ComputationException.class).hasMessageContaining("S9 не входит в когорту");
        assertThatThrownBy(() -> b.factor("S1", 2024, "F", Double.NaN))
                .isInstanceOf(ComputationException.class);
        assertThatThrownBy(() -> b.school("S1", "M", true))
                .isInstanceOf(ComputationException.class).hasMessageContaining("дважды");
    }
}
