package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static ru.mentoring.index.methodology.SchoolStatus.EFFECTIVE;
import static ru.mentoring.index.methodology.SchoolStatus.LOW_RESULTS;
import static ru.mentoring.index.methodology.SchoolStatus.RESILIENT;
import static ru.mentoring.index.methodology.SchoolStatus.RISK_ADVANCED_BELOW_AVERAGE;
import static ru.mentoring.index.methodology.SchoolStatus.RISK_GIA_VPR_GAP;
import static ru.mentoring.index.methodology.SchoolStatus.RISK_UNSTABLE;
import static ru.mentoring.index.methodology.SchoolStatus.STABLY_LOW;
import static ru.mentoring.index.methodology.SchoolStatus.UNFAVOURABLE_SOCIAL;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ClassifierRulesTest {

    private static ClassificationResult classify(MethodologyVersion m, Fixtures.Cohort cohort, int year) {
        return new Classifier(m).classify(cohort.build(), year);
    }

    private static SchoolResult school(ClassificationResult r, String code) {
        return r.school(code).orElseThrow();
    }

    @Test
    void resilientAlsoCoversTheFourthQuartile() {
        // ИОР 0, .3, .6, 1 -> P25 .225, P50 .45, P75 .7; F .9, .5, 1, 0 -> P25 .375, P50 .7, P75 .925
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .3, .6, 1).socialRow(2024, .9, .5, 1, 0);
        ClassificationResult r = classify(Fixtures.simple(), c, 2024);

        assertThat(school(r, "S4").statuses()).containsExactly(UNFAVOURABLE_SOCIAL, RESILIENT);
        assertThat(school(r, "S1").statuses()).containsExactly(LOW_RESULTS);
        // S3: ИОР Q3 and ИСБШ Q4 is not effective (needs ИОР Q4)
        assertThat(school(r, "S3").statuses()).doesNotContain(EFFECTIVE);
        assertThat(school(r, "S3").isbshQuartile()).isEqualTo(4);
    }

    private static MethodologyVersion giaVpr() {
        return MethodologyVersion.builder("gv")
                .indicator("G", "ЕГЭ", Source.GIA, +1, 1)
                .indicator("V", "ВПР", Source.VPR, +1, 1)
                .build();
    }

    @Test
    void giaVprGapUsesTheRatioOfTheLargerToTheSmallerIndex() {
        // G and V span 0..1, so each sub-index equals the raw value.
        // A (.6, .4): ratio 1.5 (binary 1.4999999999999998) -> flagged; B (.5, .4): 1.25 -> not;
        // C (0, .5): zero with non-zero -> flagged; D (0, 0): both zero -> not; E (1, 1): 1 -> not
        CohortData data = CohortData.builder()
                .school("A", "M", false).school("B", "M", false).school("C", "M", false)
                .school("D", "M", false).school("E", "M", false)
                .indicator("A", 2024, "G", .6).indicator("A", 2024, "V", .4)
                .indicator("B", 2024, "G", .5).indicator("B", 2024, "V", .4)
                .indicator("C", 2024, "G", 0).indicator("C", 2024, "V", .5)
                .indicator("D", 2024, "G", 0).indicator("D", 2024, "V", 0)
                .indicator("E", 2024, "G", 1).indicator("E", 2024, "V", 1)
                .build();
        ClassificationResult r = new Classifier(giaVpr()).classify(data, 2024);

        GiaVprDetail a = school(r, "A").details().giaVpr();
        assertThat(a.giaIndex()).isEqualTo(0.6);
        assertThat(a.vprIndex()).isEqualTo(0.4);
        assertThat(a.ratio()).isCloseTo(1.5, within(1e-12));
        assertThat(a.threshold()).isEqualTo(1.5);
        assertThat(school(r, "A").has(RISK_GIA_VPR_GAP)).isTrue();
        assertThat(school(r, "A").details().reasons())
                .filteredOn(x -> x.status() == RISK_GIA_VPR_GAP).singleElement()
                .extracting(StatusReason::text)
                .isEqualTo("Индекс по ГИА = 0,6000, по ВПР = 0,4000: различие в 1,5000 раза ≥ 1,5000");

        assertThat(school(r, "B").has(RISK_GIA_VPR_GAP)).isFalse();
        assertThat(school(r, "B").details().giaVpr().ratio()).isCloseTo(1.25, within(1e-12));

        assertThat(school(r, "C").has(RISK_GIA_VPR_GAP)).isTrue();
        assertThat(school(r, "C").details().giaVpr().ratio()).isNull();
        assertThat(school(r, "C").details().giaVpr().note())
                .isEqualTo("Индекс по ГИА равен нулю при индексе по ВПР = 0,5000: различие считается значительным");

        assertThat(school(r, "D").has(RISK_GIA_VPR_GAP)).isFalse();
        assertThat(school(r, "D").details().giaVpr().note()).isEqualTo("Оба индекса равны нулю: различия нет");
        assertThat(school(r, "E").has(RISK_GIA_VPR_GAP)).isFalse();
    }

    @Test
    void giaVprGapDoesNotApplyToASchoolWithoutVprResults() {
        CohortData data = CohortData.builder()
                .school("A", "M", false).school("B", "M", false).school("C", "M", false).school("D", "M", false)
                .indicator("A", 2024, "G", 0).indicator("B", 2024, "G", 1).indicator("C", 2024, "G", .5)
                .indicator("D", 2024, "G", .2)
                .indicator("A", 2024, "V", 1).indicator("B", 2024, "V", 0).indicator("C", 2024, "V", .5)
                .build();
        ClassificationResult r = new Classifier(giaVpr()).classify(data, 2024);

        SchoolResult d = school(r, "D");
        assertThat(d.ior()).isCloseTo(0.2, within(1e-12)); // G alone carries half the weight
        assertThat(d.details().giaVpr().vprIndex()).isNull();
        assertThat(d.details().giaVpr().note()).startsWith("Индекс по ВПР не определён");
        assertThat(d.has(RISK_GIA_VPR_GAP)).isFalse();
    }

    @Test
    void fewerThanThreeYearsMeansNoStableStatusesAndNoUnstableRisk() {
        Fixtures.Cohort c = new Fixtures.Cohort()
                .iorRow(2023, 0, .2, .5, .6, 1)
                .iorRow(2024, 0, .8, .3, .7, 1)
                .socialRow(2024, 0, .25, .5, .75, 1);
        ClassificationResult r = classify(Fixtures.simple(), c, 2024);

        SchoolResult s1 = school(r, "S1"); // Q1 in 2023 and 2024
        assertThat(s1.details().iorHistory()).extracting(IorYear::quartile).containsExactly(null, 1, 1);
        assertThat(s1.details().iorHistory().get(0).undefinedReason()).isEqualTo(UndefinedReason.YEAR_NOT_LOADED);
        assertThat(s1.statuses()).containsExactly(LOW_RESULTS, UNFAVOURABLE_SOCIAL);
        assertThat(r.counts().statuses()).containsEntry(STABLY_LOW, 0).containsEntry(SchoolStatus.STABLY_HIGH, 0)
                .containsEntry(RISK_UNSTABLE, 0);
        assertThat(school(r, "S2").details().stability().note())
                .isEqualTo("ИОР определён не во всех трёх годах 2022–2024: правило не применяется");
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("Нет данных за 2022 год"));
        assertThat(r.years().get(0).loaded()).isFalse();
    }

    @Test
    void pastYearWithTooFewSchoolsHasNoQuartilesButStillCountsForStability() {
        Fixtures.Cohort c = new Fixtures.Cohort()
                .iorRow(2022, 0, .5, 1)
                .iorRow(2023, 0, .2, .5, .6, 1)
                .iorRow(2024, 0, .8, .3, .7, 1)
                .socialRow(2024, 0, .25, .5, .75, 1);
        ClassificationResult r = classify(Fixtures.simple(), c, 2024);

        assertThat(r.years().get(0).iorBoundaries()).isNull();
        assertThat(r.years().get(0).quartilesUnavailableReason())
                .isEqualTo("Для квартилей нужно не менее 4 школ с определённым значением ИОР за 2022 год, есть 3");
        assertThat(school(r, "S1").has(STABLY_LOW)).isFalse();
        // S2: .5, .2, .8 -> AM .5, GM ∛.08 ≈ .4309: unstable
        assertThat(school(r, "S2").has(RISK_UNSTABLE)).isTrue();
        assertThat(school(r, "S2").details().iorHistory().get(0).note())
                .isEqualTo(r.years().get(0).quartilesUnavailableReason());
    }

    @Test
    void zeroInAnyYearMakesTheGeometricMeanZero() {
        Fixtures.Cohort c = new Fixtures.Cohort()
                .iorRow(2022, .5, 0, .2, 1)
                .iorRow(2023, .5, 0, .2, 1)
                .iorRow(2024, 0, 1, .2, .5)
                .socialRow(2024, 0, .2, .6, 1);
        ClassificationResult r = classify(Fixtures.simple(), c, 2024);

        StabilityDetail s1 = school(r, "S1").details().stability(); // .5, .5, 0
        assertThat(s1.geometricMean()).isZero();
        assertThat(s1.arithmeticMean()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s1.relativeGap()).isEqualTo(1.0);
        assertThat(school(r, "S1").has(RISK_UNSTABLE)).isTrue();
        assertThat(school(r, "S3").has(RISK_UNSTABLE)).isFalse(); // .2, .2, .2
        assertThat(school(r, "S1").details().reasons())
                .filteredOn(x -> x.status() == RISK_UNSTABLE).singleElement().extracting(StatusReason::text)
                .isEqualTo("ИОР за 2022–2024: 0,5000; 0,5000; 0,0000. Среднее арифметическое 0,3333, "
                        + "среднее геометрическое 0,0000, (AM − GM) / AM = 1,0000 > 0,0100");
    }

    @Test
    void advancedSchoolExactlyAtTheMeanIsNotBelowIt() {
        // mean = (0 + .5 + .5 + 1) / 4 = .5
        Fixtures.Cohort c = new Fixtures.Cohort().school("S1").advanced("S2").school("S3").school("S4")
                .school("S5")
                .iorRow(2024, 0, .5, .5, 1)
                .socialRow(2024, 0, .5, .5, 1);
        c.builder.indicator("S5", 2024, "OTHER", 1); // S5: no value of A -> no ИОР
        ClassificationResult r = classify(Fixtures.iorOnly(), c, 2024);

        assertThat(r.meanIor()).isEqualTo(0.5);
        assertThat(school(r, "S2").has(RISK_ADVANCED_BELOW_AVERAGE)).isFalse();
    }

    @Test
    void advancedSchoolWithoutIorIsNotFlagged() {
        Fixtures.Cohort c = new Fixtures.Cohort().advanced("X").iorRow(2024, 0, .5, .5, 1);
        c.builder.indicator("X", 2024, "OTHER", 1);
        ClassificationResult r = classify(Fixtures.iorOnly(), c, 2024);

        SchoolResult x = school(r, "X");
        assertThat(x.ior()).isNull();
        assertThat(x.statuses()).isEmpty();
        assertThat(x.details().iorHistory().get(2).undefinedReason()).isEqualTo(UndefinedReason.NO_DATA);
    }

    @Test
    void schoolWithInsufficientDataGetsNoIorAndAReason() {
        MethodologyVersion m = MethodologyVersion.builder("v")
                .indicator("A", "A", Source.OTHER, +1, 1)
                .indicator("B", "B", Source.OTHER, +1, 3).build();
        CohortData.Builder b = CohortData.builder();
        for (int i = 1; i <= 5; i++) {
            b.school("S" + i, "M", false).indicator("S" + i, 2024, "A", i);
            if (i < 5) {
                b.indicator("S" + i, 2024, "B", i);
            }
        }
        ClassificationResult r = new Classifier(m).classify(b.build(), 2024);

        SchoolResult s5 = school(r, "S5");
        assertThat(s5.ior()).isNull();
        assertThat(s5.iorQuartile()).isNull();
        assertThat(s5.statuses()).isEmpty();
        IorYear y = s5.details().iorHistory().get(2);
        assertThat(y.undefinedReason()).isEqualTo(UndefinedReason.INSUFFICIENT_DATA);
        assertThat(y.weightShare()).isEqualTo(0.25);
        assertThat(y.note()).isEqualTo("Недостаточно данных (insufficient data): показатели школы за 2024 год "
                + "несут 25,0% общего веса, нужно не менее 50,0%");
        assertThat(r.counts().iorUndefined()).isEqualTo(1);
        assertThat(r.targetYear().iorDefined()).isEqualTo(4);
    }

    @Test
    void fewerThanFourSchoolsWithIorIsAnError() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .5, 1).socialRow(2024, 0, .5, 1);
        assertThatThrownBy(() -> classify(Fixtures.simple(), c, 2024))
                .isInstanceOfSatisfying(ComputationException.class, e -> assertThat(e.reason())
                        .isEqualTo("Для квартилей нужно не менее 4 школ с определённым значением ИОР за 2024 год, есть 3"));
    }

    @Test
    void singleSchoolCannotBeClassifiedAgainstItself() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0.7).socialRow(2024, 0.3);
        assertThatThrownBy(() -> classify(Fixtures.simple(), c, 2024))
                .isInstanceOf(ComputationException.class)
                .hasMessageEndingWith("есть 1");
    }

    @Test
    void singleSchoolIsClassifiedAgainstPublishedBoundaries() {
        MethodologyVersion m = Fixtures.simpleWithBoundaries(Map.of(2024, new PublishedBoundaries(
                new QuartileBoundaries(0.3, 0.5, 0.7), new QuartileBoundaries(0.2, 0.5, 0.8))));
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 42).socialRow(2024, 3);
        ClassificationResult r = classify(m, c, 2024);

        SchoolResult s1 = school(r, "S1");
        assertThat(s1.ior()).isEqualTo(0.5);    // max == min
        assertThat(s1.iorQuartile()).isEqualTo(2); // 0.5 == P50 -> Q2
        assertThat(s1.isbsh()).isEqualTo(0.5);
        assertThat(s1.isbshQuartile()).isEqualTo(2);
    }

    @Test
    void publishedBoundariesReplaceComputedOnes() {
        MethodologyVersion m = Fixtures.simpleWithBoundaries(Map.of(2024, new PublishedBoundaries(
                new QuartileBoundaries(0.3, 0.5, 0.7), new QuartileBoundaries(0.2, 0.5, 0.8))));
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .5, 1).socialRow(2024, 0, .5, 1);
        ClassificationResult r = classify(m, c, 2024);

        assertThat(r.targetYear().iorBoundaries()).isEqualTo(new QuartileBoundaries(0.3, 0.5, 0.7));
        assertThat(r.targetYear().boundarySource()).isEqualTo(BoundarySource.PUBLISHED);
        assertThat(r.isbsh().boundaries()).isEqualTo(new QuartileBoundaries(0.2, 0.5, 0.8));
        assertThat(school(r, "S1").statuses()).containsExactly(LOW_RESULTS, UNFAVOURABLE_SOCIAL);
        assertThat(school(r, "S2").iorQuartile()).isEqualTo(2);
        assertThat(school(r, "S3").statuses()).containsExactly(EFFECTIVE);
        // the years before have no published boundaries: noted, not an error
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("Нет данных за 2022 год"));
    }

    @Test
    void missingPublishedBoundariesForTheYearIsAnError() {
        MethodologyVersion m = Fixtures.simpleWithBoundaries(Map.of(2023, new PublishedBoundaries(
                new QuartileBoundaries(0.3, 0.5, 0.7), null)));
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .5, 1).socialRow(2024, 0, .5, 1);
        assertThatThrownBy(() -> classify(m, c, 2024))
                .isInstanceOf(ComputationException.class)
                .hasMessage("Для 2024 года не опубликованы границы квартилей ИОР");
    }

    @Test
    void equalValuesPutEverySchoolInTheFirstQuartile() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 7, 7, 7, 7).socialRow(2024, 1, 1, 1, 1);
        ClassificationResult r = classify(Fixtures.simple(), c, 2024);

        assertThat(r.schools()).allSatisfy(s -> {
            assertThat(s.ior()).isEqualTo(0.5);
            assertThat(s.isbsh()).isEqualTo(0.5);
            assertThat(s.statuses()).containsExactly(LOW_RESULTS, UNFAVOURABLE_SOCIAL);
        });
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("Границы квартилей ИОР за 2024 год совпадают"));
    }

    @Test
    void methodologyWithoutContextFactorsAssignsOnlyResultStatuses() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .3, .6, 1);
        ClassificationResult r = classify(Fixtures.iorOnly(), c, 2024);

        assertThat(r.isbsh()).isNull();
        assertThat(r.regression()).isNull();
        assertThat(school(r, "S1").statuses()).containsExactly(LOW_RESULTS);
        assertThat(school(r, "S1").details().isbsh().undefinedReason())
                .isEqualTo(UndefinedReason.NO_CONTEXT_FACTORS);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("В методике нет контекстных факторов"));
    }

    @Test
    void yearWithoutContextFactorValuesIsClassifiedOnIorAlone() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .3, .6, 1);
        ClassificationResult r = classify(Fixtures.simple(), c, 2024);

        assertThat(r.isbshBoundaries()).isNull();
        assertThat(school(r, "S1").statuses()).containsExactly(LOW_RESULTS);
        assertThat(school(r, "S1").details().isbsh().undefinedReason()).isEqualTo(UndefinedReason.NO_FACTOR_DATA);
        assertThat(r.notes()).contains("Нет значений контекстных факторов за 2024 год: ИСБШ не рассчитан, "
                + "статусы ШНСУ, «эффективная» и «резильентная» не определяются");
    }

    @Test
    void regressionModeWithoutAnyFactorValueIsNotAnError() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .3, .6, 1);
        ClassificationResult r = classify(regression("F1", "F2"), c, 2024);

        assertThat(r.regression()).isNull();
        assertThat(r.counts().isbshDefined()).isZero();
        assertThat(school(r, "S4").iorQuartile()).isEqualTo(4);
    }

    @Test
    void fewerThanFourSchoolsWithIsbshIsAnError() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .3, .6, 1).socialRow(2024, 0, .5, 1);
        assertThatThrownBy(() -> classify(Fixtures.simple(), c, 2024))
                .isInstanceOf(ComputationException.class)
                .hasMessage("Для квартилей нужно не менее 4 школ с определённым значением ИСБШ за 2024 год, есть 3");
    }

    @Test
    void schoolWithoutTheFactorHasNoIsbshAndSaysWhich() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2024, 0, .3, .6, 1, .5).socialRow(2024, 0, .3, .6, 1);
        ClassificationResult r = classify(Fixtures.simple(), c, 2024);

        IsbshDetail d = school(r, "S5").details().isbsh();
        assertThat(d.isbsh()).isNull();
        assertThat(d.undefinedReason()).isEqualTo(UndefinedReason.MISSING_FACTOR);
        assertThat(d.note()).isEqualTo("Нет значения контекстного фактора F за 2024 год");
    }

    @Test
    void yearWithoutDataIsAnError() {
        Fixtures.Cohort c = new Fixtures.Cohort().iorRow(2023, 0, .3, .6, 1);
        assertThatThrownBy(() -> classify(Fixtures.simple(), c, 2024))
                .isInstanceOfSatisfying(ComputationException.class, e -> {
                    assertThat(e.year()).isEqualTo(2024);
                    assertThat(e.reason()).isEqualTo("Нет значений показателей за 2024 год");
                });
    }

    private static MethodologyVersion regression(String... factors) {
        MethodologyVersion.Builder b = MethodologyVersion.builder("reg")
                .indicator("A", "A", Source.OTHER, +1, 1).isbshMode(IsbshMode.REGRESSION);
        for (String f : factors) {
            b.factor(f, f);
        }
        return b.build();
    }

    @Test
    void regressionModeReportsTheFitAndClassifiesBySignificantFactors() {
        double[] ior = {0, 0.2, 0.5, 0.55, 0.8, 1.0};
        double[] f1 = {1, 2, 3, 4, 5, 6};
        double[] f2 = {1, 0, 0, 1, 0, 1};
        CohortData.Builder b = CohortData.builder();
        for (int i = 0; i < 6; i++) {
            String code = "S" + (i + 1);
            b.school(code, "M", false).indicator(code, 2024, "A", ior[i])
                    .factor(code, 2024, "F1", f1[i]).factor(code, 2024, "F2", f2[i]);
        }
        ClassificationResult r = new Classifier(regression("F1", "F2")).classify(b.build(), 2024);

        RegressionSummary fit = r.regression();
        assertThat(fit.year()).isEqualTo(2024);
        assertThat(fit.sampleSize()).isEqualTo(6);
        assertThat(fit.factors()).extracting(FactorFit::significant).containsExactly(true, false);
        assertThat(r.isbsh().weights().get(1)).isEqualTo(new FactorWeight("F2", 0));
        // ИСБШ = min-max of F1: 0, .2, .4, .6, .8, 1 -> P25 .25, P75 .75
        assertThat(r.schools()).extracting(SchoolResult::isbshQuartile).containsExactly(1, 1, 2, 3, 4, 4);
        assertThat(r.schools().get(5).statuses()).contains(EFFECTIVE);
    }

    @Test
    void regressionWithoutSignificantFactorIsFlaggedInTheNotes() {
        double[] ior = {0.5, 0.0, 1.0, 0.2, 0.8, 0.4};
        CohortData.Builder b = CohortData.builder();
        double[] f1 = {1, 2, 3, 4, 5, 6};
        double[] f2 = {3, 1, 2, 2, 1, 4};
        for (int i = 0; i < 6; i++) {
            String code = "S" + (i + 1);
            b.school(code, "M", false).indicator(code, 2024, "A", ior[i])
                    .factor(code, 2024, "F1", f1[i]).factor(code, 2024, "F2", f2[i]);
        }
        ClassificationResult r = new Classifier(regression("F1", "F2")).classify(b.build(), 2024);

        assertThat(r.regression().noSignificantFactor()).isTrue();
        assertThat(r.notes()).contains(
                "Ни один контекстный фактор не значим на уровне 0,05: для ИСБШ использованы все коэффициенты регрессии");
    }

    @Test
    void regressionWithMoreFactorsThanTheSchoolsAllowIsAnError() {
        CohortData.Builder b = CohortData.builder();
        double[] ior = {0, .3, .6, 1};
        for (int i = 0; i < 4; i++) {
            String code = "S" + (i + 1);
            b.school(code, "M", false).indicator(code, 2024, "A", ior[i])
                    .factor(code, 2024, "F1", i).factor(code, 2024, "F2", i * i).factor(code, 2024, "F3", 4 - i % 2);
        }
        assertThatThrownBy(() -> new Classifier(regression("F1", "F2", "F3")).classify(b.build(), 2024))
                .isInstanceOf(ComputationException.class)
                .hasMessage("Для регрессии по 3 контекстным факторам нужно не менее 5 школ с определённым ИОР "
                        + "и всеми факторами за 2024 год, есть 4");
    }

    @Test
    void municipalityFilterKeepsCohortWideQuartiles() {
        CohortData data = CohortData.builder()
                .school("S1", "M1", false).school("S2", "M2", false).school("S3", "M2", false)
                .school("S4", "M1", false)
                .indicator("S1", 2024, "A", 0).indicator("S2", 2024, "A", .3)
                .indicator("S3", 2024, "A", .6).indicator("S4", 2024, "A", 1)
                .build();
        ClassificationResult r = new Classifier(Fixtures.iorOnly()).classify(data, 2024);

        assertThat(r.forMunicipality("M1")).extracting(SchoolResult::schoolCode).containsExactly("S1", "S4");
        assertThat(r.forMunicipality("M1")).extracting(SchoolResult::iorQuartile).containsExactly(1, 4);
        assertThat(r.school("S9")).isEmpty();
    }
}
