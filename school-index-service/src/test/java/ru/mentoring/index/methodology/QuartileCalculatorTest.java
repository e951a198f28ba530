package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuartileCalculatorTest {

    @Test
    void quartilesOfOneToEightInterpolateBetweenClosestRanks() {
        // positions (n-1)p = 1.75, 3.5, 5.25 -> 2 + 0.75·1, 4 + 0.5·1, 6 + 0.25·1 (numpy: 2.75, 4.5, 6.25)
        QuartileBoundaries b = QuartileCalculator.boundaries(new double[] {8, 3, 1, 7, 2, 6, 5, 4});
        assertThat(b).isEqualTo(new QuartileBoundaries(2.75, 4.5, 6.25));
    }

    @Test
    void quartilesOfFourValues() {
        // positions 0.75, 1.5, 2.25 -> 10 + 0.75·10, 20 + 0.5·10, 30 + 0.25·10
        QuartileBoundaries b = QuartileCalculator.boundaries(new double[] {40, 10, 30, 20});
        assertThat(b).isEqualTo(new QuartileBoundaries(17.5, 25, 32.5));
    }

    @Test
    void undefinedValuesAreLeftOut() {
        QuartileBoundaries b = QuartileCalculator.boundaries(new double[] {Double.NaN, 1, 2, Double.NaN, 3, 4, 5});
        assertThat(b).isEqualTo(new QuartileBoundaries(2, 3, 4));
    }

    @Test
    void percentileAtTheEnds() {
        double[] sorted = {1, 2, 3};
        assertThat(QuartileCalculator.percentile(sorted, 0)).isEqualTo(1);
        assertThat(QuartileCalculator.percentile(sorted, 1)).isEqualTo(3);
        assertThat(QuartileCalculator.percentile(new double[] {0.1, 0.3}, 0.5)).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void boundariesBelongToTheLowerQuartile() {
        // 1..5: P25 = 2, P50 = 3, P75 = 4 exactly
        QuartileBoundaries b = QuartileCalculator.boundaries(new double[] {1, 2, 3, 4, 5});
        assertThat(b).isEqualTo(new QuartileBoundaries(2, 3, 4));
        assertThat(QuartileCalculator.quartile(1, b)).isEqualTo(1);
        assertThat(QuartileCalculator.quartile(2, b)).isEqualTo(1);   // v == P25 -> Q1
        assertThat(QuartileCalculator.quartile(2.0001, b)).isEqualTo(2);
        assertThat(QuartileCalculator.quartile(3, b)).isEqualTo(2);   // v == P50 -> Q2
        assertThat(QuartileCalculator.quartile(4, b)).isEqualTo(3);   // v == P75 -> Q3
        assertThat(QuartileCalculator.quartile(4.0001, b)).isEqualTo(4);
        assertThat(QuartileCalculator.quartile(5, b)).isEqualTo(4);
    }

    @Test
    void valueEqualToAPublishedBoundaryUpToBinaryRoundingCountsAsEqual() {
        QuartileBoundaries published = new QuartileBoundaries(0.3, 0.5, 0.7);
        assertThat(0.1 + 0.2).isGreaterThan(0.3); // 0.30000000000000004
        assertThat(QuartileCalculator.quartile(0.1 + 0.2, published)).isEqualTo(1);
    }

    @Test
    void fewerThanFourValuesCannotHaveQuartiles() {
        assertThatThrownBy(() -> QuartileCalculator.boundaries(new double[] {0.1, Double.NaN, 0.5, 0.9}, 4, "ИОР",
                2024))
                .isInstanceOfSatisfying(ComputationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(
                            "Для квартилей нужно не менее 4 школ с определённым значением ИОР за 2024 год, есть 3");
                    assertThat(e.year()).isEqualTo(2024);
                });
    }

    @Test
    void equalValuesGiveEqualBoundariesAndEverySchoolIsInTheFirstQuartile() {
        QuartileBoundaries b = QuartileCalculator.boundaries(new double[] {0.5, 0.5, 0.5, 0.5}, 4, "ИОР", 2024);
        assertThat(b).isEqualTo(new QuartileBoundaries(0.5, 0.5, 0.5));
        assertThat(QuartileCalculator.quartile(0.5, b)).isEqualTo(1);
    }
}
