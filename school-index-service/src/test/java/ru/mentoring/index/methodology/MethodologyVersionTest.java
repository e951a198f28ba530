package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MethodologyVersionTest {

    private static MethodologyVersion.Builder base() {
        return MethodologyVersion.builder("2024.1").indicator("MATH", "Математика ОГЭ", Source.GIA, +1, 1.0);
    }

    @Test
    void validMethodologyKeepsEverythingAndFillsDefaults() {
        MethodologyVersion m = new MethodologyVersion("2024.1",
                List.of(Indicator.of("MATH", null, Source.GIA, -1, 2.0)),
                null, IsbshMode.REGRESSION, null, null);

        assertThat(m.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("MATH");
            assertThat(i.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
            assertThat(i.direction().sign()).isEqualTo(-1);
        });
        assertThat(m.contextFactors()).isEmpty();
        assertThat(m.thresholds()).isEqualTo(Thresholds.defaults());
        assertThat(m.thresholds()).isEqualTo(new Thresholds(0.05, 0.01, 1.5, 4, 0.5));
        assertThat(m.cohortChoice()).isEqualTo(CohortChoice.allLoaded());
        assertThat(m.totalIndicatorWeight()).isEqualTo(2.0);
    }

    @Test
    void negativeIndicatorWeightIsRejected() {
        assertThatThrownBy(() -> base().indicator("RUS", "Русский", Source.GIA, +1, -0.1).build())
                .isInstanceOfSatisfying(MethodologyException.class, e -> {
                    assertThat(e.field()).isEqualTo("indicators[RUS].weight");
                    assertThat(e.reason()).isEqualTo("Вес показателя не может быть отрицательным");
                });
    }

    @Test
    void nonFiniteIndicatorWeightIsRejected() {
        assertThatThrownBy(() -> base().indicator("RUS", "Русский", Source.GIA, +1, Double.NaN).build())
                .isInstanceOf(MethodologyException.class)
                .hasMessage("Вес показателя должен быть числом");
    }

    @Test
    void allZeroIndicatorWeightsAreRejected() {
        assertThatThrownBy(() -> MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 0)
                .indicator("B", "B", Source.OTHER, +1, 0).build())
                .isInstanceOfSatisfying(MethodologyException.class,
                        e -> assertThat(e.field()).isEqualTo("indicators.weight"));
    }

    @Test
    void directionOtherThanPlusOrMinusOneIsRejected() {
        assertThatThrownBy(() -> base().indicator("RUS", "Русский", Source.GIA, 0, 1).build())
                .isInstanceOfSatisfying(MethodologyException.class, e -> {
                    assertThat(e.field()).isEqualTo("indicators[RUS].direction");
                    assertThat(e.reason()).contains("+1 или -1");
                });
        assertThatThrownBy(() -> Direction.of(2)).isInstanceOf(MethodologyException.class);
    }

    @Test
    void missingSourceOrDirectionIsRejected() {
        assertThatThrownBy(() -> new Indicator("A", "A", null, Direction.HIGHER_IS_BETTER, 1))
                .isInstanceOf(MethodologyException.class);
        assertThatThrownBy(() -> new Indicator("A", "A", Source.VPR, null, 1))
                .isInstanceOf(MethodologyException.class);
    }

    @Test
    void duplicateIndicatorCodesAreRejected() {
        assertThatThrownBy(() -> base().indicator("MATH", "Ещё раз", Source.VPR, +1, 1).build())
                .isInstanceOfSatisfying(MethodologyException.class,
                        e -> assertThat(e.reason()).isEqualTo("Код показателя MATH повторяется"));
    }

    @Test
    void duplicateFactorCodesAreRejected() {
        assertThatThrownBy(() -> base().factor("LOW", "Малоимущие").factor("LOW", "Снова").build())
                .isInstanceOfSatisfying(MethodologyException.class,
                        e -> assertThat(e.field()).isEqualTo("contextFactors[LOW].code"));
    }

    @Test
    void blankCodesAndVersionAreRejected() {
        assertThatThrownBy(() -> base().indicator(" ", "x", Source.GIA, 1, 1).build())
                .isInstanceOf(MethodologyException.class);
        assertThatThrownBy(() -> MethodologyVersion.builder("").indicator("A", "A", Source.GIA, 1, 1).build())
                .isInstanceOfSatisfying(MethodologyException.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> MethodologyVersion.builder("v").build())
                .isInstanceOfSatisfying(MethodologyException.class,
                        e -> assertThat(e.field()).isEqualTo("indicators"));
    }

    @Test
    void negativeFactorWeightsAreAllowed() {
        MethodologyVersion m = base().factor("LOWINC", "Доля малоимущих", -0.7).factor("HIGHED", "Высшее", 0.4)
                .isbshMode(IsbshMode.FIXED_WEIGHTS).build();
        assertThat(m.contextFactors()).extracting(ContextFactor::weight).containsExactly(-0.7, 0.4);
    }

    @Test
    void fixedModeWithAllFactorWeightsZeroIsRejected() {
        assertThatThrownBy(() -> base().factor("X", "X", 0).isbshMode(IsbshMode.FIXED_WEIGHTS).build())
                .isInstanceOfSatisfying(MethodologyException.class,
                        e -> assertThat(e.field()).isEqualTo("contextFactors.weight"));
        // in regression mode the weights come from the fit: zero placeholders are fine
        assertThat(base().factor("X", "X").isbshMode(IsbshMode.REGRESSION).build().contextFactors()).hasSize(1);
    }

    @Test
    void missingIsbshModeIsRejected() {
        assertThatThrownBy(() -> base().isbshMode(null).build())
                .isInstanceOfSatisfying(MethodologyException.class, e -> assertThat(e.field()).isEqualTo("isbshMode"));
    }

    @Test
    void thresholdsOutOfRangeAreRejected() {
        assertThatThrownBy(() -> new Thresholds(0, 0.01, 1.5, 4, 0.5)).isInstanceOf(MethodologyException.class);
        assertThatThrownBy(() -> new Thresholds(0.05, -0.01, 1.5, 4, 0.5)).isInstanceOf(MethodologyException.class);
        assertThatThrownBy(() -> new Thresholds(0.05, 0.01, 0.9, 4, 0.5)).isInstanceOf(MethodologyException.class);
        assertThatThrownBy(() -> new Thresholds(0.05, 0.01, 1.5, 0, 0.5)).isInstanceOf(MethodologyException.class);
        assertThatThrownBy(() -> new Thresholds(0.05, 0.01, 1.5, 4, 0)).isInstanceOf(MethodologyException.class);
    }

    @Test
    void publishedBoundariesMustBeOrderedAndPresent() {
        assertThatThrownBy(() -> new QuartileBoundaries(0.5, 0.4, 0.6))
                .isInstanceOf(MethodologyException.class)
                .hasMessage("Границы квартилей должны удовлетворять P25 ≤ P50 ≤ P75");
        assertThatThrownBy(() -> new PublishedBoundaries(null, null)).isInstanceOf(MethodologyException.class);
        assertThatThrownBy(() -> CohortChoice.fixedBoundaries(Map.of())).isInstanceOf(MethodologyException.class);
    }

    @Test
    void listsAreDefensivelyCopied() {
        java.util.ArrayList<Indicator> list = new java.util.ArrayList<>();
        list.add(Indicator.of("A", "A", Source.OTHER, 1, 1));
        MethodologyVersion m = new MethodologyVersion("v", list, List.of(), IsbshMode.REGRESSION, null, null);
        list.add(Indicator.of("B", "B", Source.OTHER, 1, 1));
        assertThat(m.indicators()).hasSize(1);
    }
}
