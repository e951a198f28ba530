package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ru.mentoring.index.methodology.SchoolStatus.EFFECTIVE;
import static ru.mentoring.index.methodology.SchoolStatus.LOW_RESULTS;
import static ru.mentoring.index.methodology.SchoolStatus.RESILIENT;
import static ru.mentoring.index.methodology.SchoolStatus.RISK_ADVANCED_BELOW_AVERAGE;
import static ru.mentoring.index.methodology.SchoolStatus.RISK_UNSTABLE;
import static ru.mentoring.index.methodology.SchoolStatus.STABLY_HIGH;
import static ru.mentoring.index.methodology.SchoolStatus.STABLY_LOW;
import static ru.mentoring.index.methodology.SchoolStatus.UNFAVOURABLE_SOCIAL;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One hand-built cohort of eight schools over 2022–2024 where every quartile-based status and the
 * unstable / advanced risk rules occur, positively and negatively.
 *
 * <pre>
 * ИОР      S1   S2   S3   S4*  S5*  S6   S7   S8        (* advanced level)
 * 2022     0    .1   .2   .3   .6   .9   .7   1
 * 2023     0    .3   .1   .2   .6   .7   .9   1
 * 2024     0    .1   .2   .3   .6   .7   .9   1
 * F 2024   1    0    .3   .4   .1   .6   .95  .5
 * </pre>
 * Each year's sorted ИОР is 0, .1, .2, .3, .6, .7, .9, 1: P25 = .1 + .75·.1 = .175, P50 = (.3 + .6)/2 = .45,
 * P75 = .7 + .25·.2 = .75. ИСБШ ≈ F (one factor, min 0, max 1): sorted 0, .1, .3, .4, .5, .6, .95, 1 gives
 * P25 = .1 + .75·.2 = .25, P50 = .45, P75 = .6 + .25·.35 = .6875. Mean ИОР 2024 = 3.8 / 8 = .475.
 */
class ClassifierStatusesTest {

    private static ClassificationResult result;

    @BeforeAll
    static void classify() {
        Fixtures.Cohort cohort = new Fixtures.Cohort();
        cohort.school("S1").school("S2").school("S3").advanced("S4").advanced("S5")
                .school("S6").school("S7").school("S8");
        cohort.iorRow(2022, 0, .1, .2, .3, .6, .9, .7, 1)
                .iorRow(2023, 0, .3, .1, .2, .6, .7, .9, 1)
                .iorRow(2024, 0, .1, .2, .3, .6, .7, .9, 1)
                .socialRow(2024, 1, 0, .3, .4, .1, .6, .95, .5);
        result = new Classifier(Fixtures.simple()).classify(cohort.build(), 2024);
    }

    private static SchoolResult school(String code) {
        return result.school(code).orElseThrow();
    }

    @Test
    void boundariesAreComputedPerYear() {
        for (YearSummary year : result.years()) {
            assertThat(year.iorBoundaries().p25()).isCloseTo(0.175, within(1e-12));
            assertThat(year.iorBoundaries().p50()).isCloseTo(0.45, within(1e-12));
            assertThat(year.iorBoundaries().p75()).isCloseTo(0.75, within(1e-12));
            assertThat(year.boundarySource()).isEqualTo(BoundarySource.COMPUTED);
        }
        assertThat(result.years()).extracting(YearSummary::year).containsExactly(2022, 2023, 2024);
        QuartileBoundaries isbsh = result.isbsh().boundaries();
        assertThat(isbsh.p25()).isCloseTo(0.25, within(1e-12));
        assertThat(isbsh.p50()).isCloseTo(0.45, within(1e-12));
        assertThat(isbsh.p75()).isCloseTo(0.6875, within(1e-12));
        assertThat(result.meanIor()).isCloseTo(0.475, within(1e-12));
    }

    @Test
    void everySchoolGetsExactlyTheExpectedStatuses() {
        assertThat(school("S1").statuses()).containsExactly(LOW_RESULTS, STABLY_LOW);
        assertThat(school("S2").statuses()).containsExactly(LOW_RESULTS, UNFAVOURABLE_SOCIAL, RISK_UNSTABLE);
        assertThat(school("S3").statuses()).containsExactly(RISK_UNSTABLE);
        assertThat(school("S4").statuses()).containsExactly(RISK_UNSTABLE, RISK_ADVANCED_BELOW_AVERAGE);
        assertThat(school("S5").statuses()).containsExactly(UNFAVOURABLE_SOCIAL, RESILIENT);
        assertThat(school("S6").statuses()).isEmpty();
        assertThat(school("S7").statuses()).containsExactly(EFFECTIVE);
        assertThat(school("S8").statuses()).containsExactly(STABLY_HIGH);
    }

    @Test
    void quartilesAreReportedForBothIndices() {
        assertThat(result.schools()).extracting(SchoolResult::iorQuartile).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
        assertThat(result.schools()).extracting(SchoolResult::isbshQuartile).containsExactly(4, 1, 2, 2, 1, 3, 4, 3);
        assertThat(school("S5").ior()).isEqualTo(0.6);
    }

    @Test
    void lowResultsIsExplainedWithTheValueAndP25() {
        StatusReason reason = school("S2").details().reasons().get(0);
        assertThat(reason.status()).isEqualTo(LOW_RESULTS);
        assertThat(reason.text()).isEqualTo("ИОР за 2024 год = 0,1000 ≤ P25 = 0,1750: первый квартиль (низкий уровень)");
    }

    @Test
    void stablyLowNeedsTheFirstQuartileInEachOfTheThreeYears() {
        // S2 was in Q2 in 2023 (0.3 > P25)
        assertThat(school("S2").details().iorHistory()).extracting(IorYear::quartile).containsExactly(1, 2, 1);
        assertThat(school("S1").details().reasons().get(1).text())
                .isEqualTo("ИОР в первом квартиле три года подряд: 2022 — 0,0000 ≤ P25 = 0,1750; "
                        + "2023 — 0,0000 ≤ P25 = 0,1750; 2024 — 0,0000 ≤ P25 = 0,1750");
    }

    @Test
    void stablyHighNeedsTheFourthQuartileInEachOfTheThreeYears() {
        // S7 was in Q3 in 2022 (0.7 ≤ P75)
        assertThat(school("S7").details().iorHistory()).extracting(IorYear::quartile).containsExactly(3, 4, 4);
        assertThat(school("S8").details().reasons()).extracting(StatusReason::status).containsExactly(STABLY_HIGH);
    }

    @Test
    void effectiveNeedsBothIndicesInTheFourthQuartile() {
        // S1 has ИСБШ Q4 but ИОР Q1; S8 has ИОР Q4 but ИСБШ Q3
        assertThat(school("S1").has(EFFECTIVE)).isFalse();
        assertThat(school("S8").has(EFFECTIVE)).isFalse();
        assertThat(school("S7").details().reasons().get(0).text())
                .startsWith("ИОР = 0,9000 > P75 = 0,7500 и ИСБШ = 0,9500 > P75 = 0,6875");
    }

    @Test
    void resilientNeedsHighResultsWithTheLowestSocialQuartile() {
        // S2: ИСБШ Q1 but ИОР Q1; S6: ИОР Q3 but ИСБШ Q3
        assertThat(school("S2").has(RESILIENT)).isFalse();
        assertThat(school("S6").has(RESILIENT)).isFalse();
        assertThat(school("S5").details().isbsh().quartile()).isEqualTo(1);
    }

    @Test
    void unstableResultsCompareArithmeticAndGeometricMeans() {
        // S2: .1, .3, .1 -> AM = 1/6, GM = ∛0.003, gap ≈ 0.1347 > 0.01
        StabilityDetail s2 = school("S2").details().stability();
        assertThat(s2.arithmeticMean()).isCloseTo(0.5 / 3, within(1e-12));
        assertThat(s2.geometricMean()).isCloseTo(Math.cbrt(0.003), within(1e-12));
        assertThat(s2.relativeGap()).isCloseTo((0.5 / 3 - Math.cbrt(0.003)) / (0.5 / 3), within(1e-12));
        assertThat(s2.threshold()).isEqualTo(0.01);
        // S6: .9, .7, .7 -> gap ≈ 0.00717, below 0.01: not flagged
        StabilityDetail s6 = school("S6").details().stability();
        assertThat(s6.relativeGap()).isCloseTo(0.007175, within(1e-6));
        assertThat(school("S6").has(RISK_UNSTABLE)).isFalse();
    }

    @Test
    void allZeroResultsAreNotUnstable() {
        StabilityDetail s1 = school("S1").details().stability();
        assertThat(s1.arithmeticMean()).isZero();
        assertThat(s1.relativeGap()).isNull();
        assertThat(s1.note()).contains("равны нулю");
        assertThat(school("S1").has(RISK_UNSTABLE)).isFalse();
    }

    @Test
    void advancedSchoolBelowTheCohortMeanIsAtRisk() {
        // S4 (advanced, 0.3 < 0.475) flagged; S5 (advanced, 0.6) not; S3 (0.2, not advanced) not
        assertThat(school("S4").details().reasons().get(1).text())
                .isEqualTo("Школа повышенного уровня: ИОР = 0,3000 ниже среднего по когорте 0,4750");
        assertThat(school("S5").has(RISK_ADVANCED_BELOW_AVERAGE)).isFalse();
        assertThat(school("S3").has(RISK_ADVANCED_BELOW_AVERAGE)).isFalse();
    }

    @Test
    void countsAddUp() {
        Counts counts = result.counts();
        assertThat(counts.schools()).isEqualTo(8);
        assertThat(counts.iorDefined()).isEqualTo(8);
        assertThat(counts.iorUndefined()).isZero();
        assertThat(counts.isbshDefined()).isEqualTo(8);
        assertThat(counts.iorQuartiles()).containsExactly(
                java.util.Map.entry(1, 2), java.util.Map.entry(2, 2), java.util.Map.entry(3, 2),
                java.util.Map.entry(4, 2));
        assertThat(counts.statuses()).containsEntry(LOW_RESULTS, 2).containsEntry(RISK_UNSTABLE, 3)
                .containsEntry(STABLY_LOW, 1).containsEntry(STABLY_HIGH, 1).containsEntry(EFFECTIVE, 1)
                .containsEntry(RESILIENT, 1).containsEntry(UNFAVOURABLE_SOCIAL, 2)
                .containsEntry(RISK_ADVANCED_BELOW_AVERAGE, 1).containsEntry(SchoolStatus.RISK_GIA_VPR_GAP, 0);
        assertThat(result.methodologyVersion()).isEqualTo("test-1");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void giaVprRuleCannotApplyWithoutGiaIndicatorsAndSaysSo() {
        assertThat(school("S1").details().giaVpr().note())
                .isEqualTo("В методике нет показателей ГИА с ненулевым весом: правило не применяется");
    }
}
