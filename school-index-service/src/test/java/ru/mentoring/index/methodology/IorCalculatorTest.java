package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class IorCalculatorTest {

    private static final Offset<Double> EXACT = within(1e-12);

    private static CohortData.Builder schools(int count) {
        CohortData.Builder b = CohortData.builder();
        for (int i = 1; i <= count; i++) {
            b.school("S" + i, "M1", false);
        }
        return b;
    }

    @Test
    void minMaxNormalisationInvertsIndicatorsWhereLowerIsBetter() {
        // A (+1): 10, 20, 30 -> 0, 0.5, 1.   B (-1): 1, 2, 5 -> (5-x)/4 = 1, 0.75, 0.
        // ИОР = (nA + nB) / 2 = 0.5, 0.625, 0.5
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 1)
                .indicator("B", "B", Source.OTHER, -1, 1).build();
        CohortData data = schools(3)
                .indicator("S1", 2024, "A", 10).indicator("S2", 2024, "A", 20).indicator("S3", 2024, "A", 30)
                .indicator("S1", 2024, "B", 1).indicator("S2", 2024, "B", 2).indicator("S3", 2024, "B", 5)
                .build();

        IorValues ior = IorCalculator.compute(m, data, 2024);

        assertThat(ior.ior(0)).isCloseTo(0.5, EXACT);
        assertThat(ior.ior(1)).isCloseTo(0.625, EXACT);
        assertThat(ior.ior(2)).isCloseTo(0.5, EXACT);
        assertThat(ior.weightShare(0)).isEqualTo(1.0);
        assertThat(ior.indicatorRanges()).containsExactly(
                new IndicatorRange("A", 3, 10.0, 30.0), new IndicatorRange("B", 3, 1.0, 5.0));
    }

    @Test
    void indicatorWithEqualValuesNormalisesToHalfForEverySchool() {
        MethodologyVersion m = MethodologyVersion.builder("v").indicator("A", "A", Source.OTHER, -1, 1).build();
        CohortData data = schools(3).indicator("S1", 2024, "A", 7).indicator("S2", 2024, "A", 7)
                .indicator("S3", 2024, "A", 7).build();

        IorValues ior = IorCalculator.compute(m, data, 2024);

        assertThat(ior.ior(0)).isEqualTo(0.5);
        assertThat(ior.ior(1)).isEqualTo(0.5);
        assertThat(ior.ior(2)).isEqualTo(0.5);
    }

    @Test
    void weightsAreRenormalisedOverTheIndicatorsTheSchoolHas() {
        // A (w 3): 0, 5, 10 -> 0, 0.5, 1.   B (w 1) only S1, S2: 2, 4 -> 0, 1.
        // S1 (3·0 + 1·0)/4 = 0;  S2 (3·0.5 + 1·1)/4 = 0.625;  S3 has only A: 3·1/3 = 1, share 3/4
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 3)
                .indicator("B", "B", Source.OTHER, +1, 1).build();
        CohortData data = schools(3)
                .indicator("S1", 2024, "A", 0).indicator("S2", 2024, "A", 5).indicator("S3", 2024, "A", 10)
                .indicator("S1", 2024, "B", 2).indicator("S2", 2024, "B", 4)
                .build();

        IorValues ior = IorCalculator.compute(m, data, 2024);

        assertThat(ior.ior(0)).isCloseTo(0.0, EXACT);
        assertThat(ior.ior(1)).isCloseTo(0.625, EXACT);
        assertThat(ior.ior(2)).isCloseTo(1.0, EXACT);
        assertThat(ior.weightShare(2)).isEqualTo(0.75);
        assertThat(ior.undefinedReason(2)).isNull();
    }

    @Test
    void iorIsUndefinedWhenIndicatorsCarryLessThanHalfTheWeight() {
        // A w 1, B w 3; S3 has only A: share 1/4 < 1/2
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 1)
                .indicator("B", "B", Source.OTHER, +1, 3).build();
        CohortData data = schools(3)
                .indicator("S1", 2024, "A", 0).indicator("S2", 2024, "A", 5).indicator("S3", 2024, "A", 10)
                .indicator("S1", 2024, "B", 2).indicator("S2", 2024, "B", 4)
                .build();

        IorValues ior = IorCalculator.compute(m, data, 2024);

        assertThat(ior.ior(2)).isNull();
        assertThat(ior.undefinedReason(2)).isEqualTo(UndefinedReason.INSUFFICIENT_DATA);
        assertThat(ior.weightShare(2)).isEqualTo(0.25);
        assertThat(ior.definedCount()).isEqualTo(2);
    }

    @Test
    void iorIsDefinedWhenIndicatorsCarryExactlyHalfTheWeight() {
        // weights 0.1 + 0.2 + 0.2 = 0.5000000000000001 in binary: still exactly half
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 0.1)
                .indicator("B", "B", Source.OTHER, +1, 0.2)
                .indicator("C", "C", Source.OTHER, +1, 0.2)
                .indicator("D", "D", Source.OTHER, +1, 0.5).build();
        CohortData data = schools(2)
                .indicator("S1", 2024, "A", 1).indicator("S1", 2024, "B", 1).indicator("S1", 2024, "C", 1)
                .indicator("S2", 2024, "A", 2).indicator("S2", 2024, "B", 2).indicator("S2", 2024, "C", 2)
                .indicator("S2", 2024, "D", 2)
                .build();

        IorValues ior = IorCalculator.compute(m, data, 2024);

        assertThat(ior.ior(0)).isCloseTo(0.0, EXACT);
        assertThat(ior.undefinedReason(0)).isNull();
    }

    @Test
    void totalWeightIncludesIndicatorsNobodyHasThatYear() {
        // B (w 3) was not collected in 2024: every school carries 1/4 of the weight, nobody has an ИОР
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 1)
                .indicator("B", "B", Source.OTHER, +1, 3).build();
        CohortData data = schools(2).indicator("S1", 2024, "A", 1).indicator("S2", 2024, "A", 2).build();

        IorValues ior = IorCalculator.compute(m, data, 2024);

        assertThat(ior.definedCount()).isZero();
        assertThat(ior.indicatorRanges().get(1)).isEqualTo(new IndicatorRange("B", 0, null, null));
    }

    @Test
    void schoolWithoutAnyValueHasNoDataRatherThanInsufficientData() {
        MethodologyVersion m = MethodologyVersion.builder("v").indicator("A", "A", Source.OTHER, +1, 1).build();
        CohortData data = schools(2).indicator("S1", 2024, "A", 1).indicator("S2", 2024, "OTHER_CODE", 1).build();

        IorValues ior = IorCalculator.compute(m, data, 2024);

        assertThat(ior.ior(1)).isNull();
        assertThat(ior.undefinedReason(1)).isEqualTo(UndefinedReason.NO_DATA);
        assertThat(ior.weightShare(1)).isZero();
    }

    @Test
    void giaAndVprSubIndicesUseOnlyTheirOwnIndicators() {
        // G (GIA, w 2): 0, 10 -> 0, 1.  V (VPR, w 1): 4, 2 with -1 -> 0, 1.  O (OTHER, w 1): 1, 3 -> 0, 1
        // S1: ИОР 0, GIA 0, VPR 0.  S2: ИОР 1, GIA 1, VPR 1.  S3 has only G = 5 -> GIA 0.5, VPR undefined,
        // ИОР = 0.5 with share 2/4
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("G", "ОГЭ", Source.GIA, +1, 2)
                .indicator("V", "ВПР", Source.VPR, -1, 1)
                .indicator("O", "Прочее", Source.OTHER, +1, 1).build();
        CohortData data = schools(3)
                .indicator("S1", 2024, "G", 0).indicator("S2", 2024, "G", 10).indicator("S3", 2024, "G", 5)
                .indicator("S1", 2024, "V", 4).indicator("S2", 2024, "V", 2)
                .indicator("S1", 2024, "O", 1).indicator("S2", 2024, "O", 3)
                .build();

        IorValues ior = IorCalculator.compute(m, data, 2024);

        assertThat(ior.giaIndex(0)).isEqualTo(0.0);
        assertThat(ior.vprIndex(0)).isEqualTo(0.0);
        assertThat(ior.giaIndex(1)).isEqualTo(1.0);
        assertThat(ior.vprIndex(1)).isEqualTo(1.0);
        assertThat(ior.giaIndex(2)).isEqualTo(0.5);
        assertThat(ior.vprIndex(2)).isNull();
        assertThat(ior.ior(2)).isEqualTo(0.5);
    }
}
