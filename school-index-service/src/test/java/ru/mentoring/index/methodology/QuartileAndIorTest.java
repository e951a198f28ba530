package ru.mentoring.index.methodology;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** ИОР (§3.2) and quartiles (§3.4) against numbers computed by hand. */
class QuartileAndIorTest {

    @Test
    void quartilesInterpolateLinearlyBetweenClosestRanksLikeExcelQuartileInc() {
        // 1..8: h = 7p; P25 at 1.75 -> 2.75, P50 at 3.5 -> 4.5, P75 at 5.25 -> 6.25
        QuartileBoundaries b = QuartileCalculator.boundaries(new double[] {8, 1, 7, 2, 6, 3, 5, 4});
        assertThat(b.p25()).isCloseTo(2.75, within(1e-12));
        assertThat(b.p50()).isCloseTo(4.5, within(1e-12));
        assertThat(b.p75()).isCloseTo(6.25, within(1e-12));
    }

    @Test
    void aValueOnABoundaryBelongsToTheLowerQuartile() {
        QuartileBoundaries b = QuartileCalculator.boundaries(new double[] {0, 0.25, 0.5, 0.75, 1});
        assertThat(b.p25()).isEqualTo(0.25);
        assertThat(QuartileCalculator.quartile(0.25, b)).isEqualTo(1);
        assertThat(QuartileCalculator.quartile(0.2500001, b)).isEqualTo(2);
        assertThat(QuartileCalculator.quartile(0.5, b)).isEqualTo(2);
        assertThat(QuartileCalculator.quartile(0.75, b)).isEqualTo(3);
        assertThat(QuartileCalculator.quartile(0.76, b)).isEqualTo(4);
    }

    @Test
    void fewerThanFourDefinedValuesMakeQuartilesMeaninglessAndSaySo() {
        assertThatThrownBy(() -> QuartileCalculator.boundaries(new double[] {0.1, Double.NaN, 0.5, 0.9}, 4, "ИОР", 2024))
                .isInstanceOf(ComputationException.class)
                .hasMessageContaining("4")
                .hasMessageContaining("3");
    }

    @Test
    void iorNormalisesEachIndicatorByMinMaxAndInvertsTheLowerIsBetterOnes() {
        MethodologyVersion m = MethodologyVersion.builder("t")
                .indicator("A", "A", Source.GIA, 1, 1)
                .indicator("B", "B", Source.VPR, -1, 1)
                .build();
        CohortData data = CohortData.builder()
                .school("s1", "m", false).school("s2", "m", false).school("s3", "m", false).school("s4", "m", false)
                .indicator("s1", 2024, "A", 10).indicator("s2", 2024, "A", 20).indicator("s3", 2024, "A", 30).indicator("s4", 2024, "A", 40)
                .indicator("s1", 2024, "B", 4).indicator("s2", 2024, "B", 3).indicator("s3", 2024, "B", 2).indicator("s4", 2024, "B", 1)
                .build();
        IorValues ior = IorCalculator.compute(m, data, 2024);
        // A: (x-10)/30; B: (4-x)/3; both give 0, 1/3, 2/3, 1 -> ИОР the same
        assertThat(ior.ior(0)).isCloseTo(0.0, within(1e-12));
        assertThat(ior.ior(1)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(ior.ior(2)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(ior.ior(3)).isCloseTo(1.0, within(1e-12));
        assertThat(ior.giaIndex(1)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(ior.vprIndex(1)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void weightsAreRenormalisedOverTheIndicatorsTheSchoolHasAndLessThanHalfTheWeightIsInsufficientData() {
        MethodologyVersion m = MethodologyVersion.builder("t")
                .indicator("A", "A", Source.GIA, 1, 3)
                .indicator("B", "B", Source.VPR, 1, 1)
                .build();
        CohortData data = CohortData.builder()
                .school("full", "m", false).school("onlyA", "m", false).school("onlyB", "m", false).school("low", "m", false)
                .indicator("full", 2024, "A", 10).indicator("full", 2024, "B", 10)
                .indicator("onlyA", 2024, "A", 5)
                .indicator("onlyB", 2024, "B", 0)
                .indicator("low", 2024, "A", 0).indicator("low", 2024, "B", 5)
                .build();
        IorValues ior = IorCalculator.compute(m, data, 2024);
        // A over {full 10, onlyA 5, low 0}: 1, 0.5, 0; B over {full 10, onlyB 0, low 5}: 1, 0, 0.5
        assertThat(ior.ior(data.indexOf("full"))).isCloseTo(1.0, within(1e-12));
        assertThat(ior.ior(data.indexOf("onlyA"))).as("3/4 of the weight: (3*0.5)/3").isCloseTo(0.5, within(1e-12));
        assertThat(ior.ior(data.indexOf("low"))).as("(3*0 + 1*0.5)/4").isCloseTo(0.125, within(1e-12));
        assertThat(ior.ior(data.indexOf("onlyB"))).as("1/4 of the weight").isNull();
        assertThat(ior.undefinedReason(data.indexOf("onlyB"))).isEqualTo(UndefinedReason.INSUFFICIENT_DATA);
    }

    @Test
    void anIndicatorWithTheSameValueEverywhereGivesEverySchoolAHalf() {
        MethodologyVersion m = MethodologyVersion.builder("t").indicator("A", "A", Source.OTHER, 1, 1).build();
        CohortData data = CohortData.builder().school("a", "m", false).school("b", "m", false)
                .indicator("a", 2024, "A", 7).indicator("b", 2024, "A", 7).build();
        IorValues ior = IorCalculator.compute(m, data, 2024);
        assertThat(ior.ior(0)).isEqualTo(0.5);
        assertThat(ior.ior(1)).isEqualTo(0.5);
    }
}
