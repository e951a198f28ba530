package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegressionTest {

    private static double[] z(double... x) {
        return ZScores.of(x, x.length);
    }

    @Test
    void singleFactorFitMatchesTheHandComputation() {
        // x = 1..5 (mean 3, sample sd √2.5), y = 0, .3, .4, .7, 1 (mean .48).
        // Slope on x: Σ(x-3)y / Σ(x-3)² = 2.4 / 10 = 0.24, so β on z = 0.24·√2.5; intercept = ȳ = 0.48.
        // Fitted 0, .24, .48, .72, .96 -> residuals 0, .06, -.08, -.02, .04, RSS = 0.012, σ² = 0.012/3 = 0.004.
        // Σz² = n-1 = 4 -> SE(β) = √(0.004/4) = √0.001; t = 0.24·√2.5/√0.001 = 0.24·50 = 12.
        // SST = 0.588 -> R² = 1 - 0.012/0.588 = 48/49.
        // p (df 3): 1 - (2/π)·[ (t/√3)/(1 + t²/3) + atan(t/√3) ] (closed form of Student's t for 3 df).
        RegressionSummary r = Regression.fit(2024, new double[] {0, .3, .4, .7, 1},
                new double[][] {z(1, 2, 3, 4, 5)}, List.of("F"), 0.05);

        double t = 12;
        double u = t / Math.sqrt(3);
        double p = 1 - 2 / Math.PI * (u / (1 + t * t / 3) + Math.atan(u));
        FactorFit fit = r.factors().get(0);
        assertThat(fit.coefficient()).isCloseTo(0.24 * Math.sqrt(2.5), within(1e-12));
        assertThat(fit.standardError()).isCloseTo(Math.sqrt(0.001), within(1e-12));
        assertThat(fit.tStatistic()).isCloseTo(12, within(1e-9));
        assertThat(fit.pValue()).isCloseTo(p, within(1e-9));
        assertThat(fit.pValue()).isCloseTo(0.0012450158, within(1e-9));
        assertThat(fit.significant()).isTrue();
        assertThat(fit.weight()).isEqualTo(fit.coefficient());
        assertThat(r.intercept()).isCloseTo(0.48, within(1e-12));
        assertThat(r.rSquared()).isCloseTo(48.0 / 49, within(1e-12));
        assertThat(r.sampleSize()).isEqualTo(5);
        assertThat(r.factorCount()).isEqualTo(1);
        assertThat(r.degreesOfFreedom()).isEqualTo(3);
        assertThat(r.noSignificantFactor()).isFalse();
    }

    @Test
    void onlyTheFactorThatExplainsIorIsSignificant() {
        // F2 = 1,0,0,1,0,1 is nearly unrelated to ИОР; F1 = 1..6 explains it.
        // Reference values from an independent normal-equations computation (numpy + scipy).
        RegressionSummary r = Regression.fit(2024, new double[] {0, 0.2, 0.5, 0.55, 0.8, 1.0},
                new double[][] {z(1, 2, 3, 4, 5, 6), z(1, 0, 0, 1, 0, 1)}, List.of("F1", "F2"), 0.05);

        FactorFit f1 = r.factors().get(0);
        FactorFit f2 = r.factors().get(1);
        assertThat(f1.coefficient()).isCloseTo(0.36876911744647, within(1e-12));
        assertThat(f1.pValue()).isCloseTo(0.0005608642325896673, within(1e-10));
        assertThat(f2.coefficient()).isCloseTo(-0.026859471569964946, within(1e-12));
        assertThat(f2.pValue()).isCloseTo(0.33561341581466453, within(1e-10));
        assertThat(f1.significant()).isTrue();
        assertThat(f2.significant()).isFalse();
        assertThat(f1.weight()).isEqualTo(f1.coefficient());
        assertThat(f2.weight()).isZero();
        assertThat(r.rSquared()).isCloseTo(0.9879939852450543, within(1e-12));
        assertThat(r.degreesOfFreedom()).isEqualTo(3);
        assertThat(r.noSignificantFactor()).isFalse();
    }

    @Test
    void whenNoFactorIsSignificantAllCoefficientsAreUsedAndFlagged() {
        RegressionSummary r = Regression.fit(2024, new double[] {0.5, 0.1, 0.9, 0.2, 0.8, 0.4},
                new double[][] {z(1, 2, 3, 4, 5, 6), z(3, 1, 2, 2, 1, 4)}, List.of("F1", "F2"), 0.05);

        assertThat(r.noSignificantFactor()).isTrue();
        assertThat(r.factors()).extracting(FactorFit::significant).containsExactly(false, false);
        assertThat(r.factors().get(0).pValue()).isCloseTo(0.7900618777860233, within(1e-10));
        assertThat(r.factors().get(1).pValue()).isCloseTo(0.8953287270865603, within(1e-10));
        assertThat(r.factors().get(0).weight()).isCloseTo(0.05419900773488714, within(1e-12));
        assertThat(r.factors().get(1).weight()).isCloseTo(-0.026647353697022307, within(1e-12));
    }

    @Test
    void alphaDecidesSignificance() {
        // F2 has p ≈ 0.336: significant at alpha 0.5
        RegressionSummary r = Regression.fit(2024, new double[] {0, 0.2, 0.5, 0.55, 0.8, 1.0},
                new double[][] {z(1, 2, 3, 4, 5, 6), z(1, 0, 0, 1, 0, 1)}, List.of("F1", "F2"), 0.5);
        assertThat(r.factors().get(1).significant()).isTrue();
        assertThat(r.factors().get(1).weight()).isEqualTo(r.factors().get(1).coefficient());
    }

    @Test
    void moreFactorsThanTheSchoolsAllowIsAnError() {
        // k = 3 factors need n >= k + 2 = 5 schools; 4 leave no degree of freedom
        assertThatThrownBy(() -> Regression.fit(2024, new double[] {0, 0.3, 0.6, 1},
                new double[][] {z(1, 2, 3, 4), z(4, 1, 3, 2), z(2, 2, 1, 3)}, List.of("F1", "F2", "F3"), 0.05))
                .isInstanceOfSatisfying(ComputationException.class, e -> assertThat(e.reason()).isEqualTo(
                        "Для регрессии по 3 контекстным факторам нужно не менее 5 школ с определённым ИОР "
                                + "и всеми факторами за 2024 год, есть 4"));
    }

    @Test
    void constantFactorIsExcludedWithWeightZero() {
        RegressionSummary r = Regression.fit(2024, new double[] {0, .3, .4, .7, 1},
                new double[][] {z(1, 2, 3, 4, 5), z(7, 7, 7, 7, 7)}, List.of("F", "CONST"), 0.05);
        assertThat(r.factors().get(1).excluded()).isTrue();
        assertThat(r.factors().get(1).weight()).isZero();
        assertThat(r.factors().get(1).pValue()).isNull();
        assertThat(r.factorCount()).isEqualTo(1);
        assertThat(r.factors().get(0).coefficient()).isCloseTo(0.24 * Math.sqrt(2.5), within(1e-12));
    }

    @Test
    void linearlyDependentFactorsAreAnError() {
        assertThatThrownBy(() -> Regression.fit(2024, new double[] {0, .3, .4, .7, 1},
                new double[][] {z(1, 2, 3, 4, 5), z(2, 4, 6, 8, 10)}, List.of("F1", "F2"), 0.05))
                .isInstanceOf(ComputationException.class)
                .hasMessageContaining("линейно зависимы");
    }

    @Test
    void equalIorEverywhereIsAnError() {
        assertThatThrownBy(() -> Regression.fit(2024, new double[] {.5, .5, .5, .5},
                new double[][] {z(1, 2, 3, 4)}, List.of("F1"), 0.05))
                .isInstanceOf(ComputationException.class)
                .hasMessageContaining("ИОР одинаков");
    }

    @Test
    void exactFitLeavesPValuesUndefined() {
        // ИОР exactly linear in F: no residual variance, t = β / 0 undefined
        RegressionSummary r = Regression.fit(2024, new double[] {0, .25, .5, .75, 1},
                new double[][] {z(1, 2, 3, 4, 5)}, List.of("F"), 0.05);
        FactorFit fit = r.factors().get(0);
        assertThat(fit.coefficient()).isCloseTo(0.25 * Math.sqrt(2.5), within(1e-12));
        if (fit.pValue() == null) {
            assertThat(fit.significant()).isFalse();
            assertThat(r.noSignificantFactor()).isTrue();
            assertThat(fit.weight()).isEqualTo(fit.coefficient());
        } else {
            // rounding left a tiny residual: the fit is then (correctly) overwhelmingly significant
            assertThat(fit.pValue()).isLessThan(1e-6);
        }
    }
}
