package ru.mentoring.index.methodology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Classifies every school of the cohort for year Y (docs/methodology.md §5; the statuses themselves are the rules of {@link StatusRule}) with one methodology version.
 *
 * <pre>{@code
 * Classifier classifier = new Classifier(methodology);
 * ClassificationResult result = classifier.classify(cohortData, 2024);
 * }</pre>
 *
 * Years Y-2 and Y-1 are computed with the same methodology on their own year's cohort (own min-max, own
 * quartiles). Year Y must be loaded and have quartiles; a past year that is missing or has too few schools
 * for quartiles only makes the three-year rules inapplicable (said in the notes and the explanations).
 * Stateless and thread-safe.
 */
public final class Classifier {

    private final MethodologyVersion methodology;
    private final double giaTotalWeight;
    private final double vprTotalWeight;

    Classifier(MethodologyVersion methodology) {
        this.methodology = Objects.requireNonNull(methodology, "methodology");
        this.giaTotalWeight = methodology.totalIndicatorWeight(Source.GIA);
        this.vprTotalWeight = methodology.totalIndicatorWeight(Source.VPR);
    }

    MethodologyVersion methodology() {
        return methodology;
    }

    /** Shorthand for {@code new Classifier(methodology).classify(data, year)}. */
    public static ClassificationResult classify(MethodologyVersion methodology, CohortData data, int year) {
        return new Classifier(methodology).classify(data, year);
    }

    /**
     * @throws ComputationException when Y has no data, too few schools for quartiles, no published boundaries,
     *                              or the ИСБШ regression cannot be fitted
     */
    public ClassificationResult classify(CohortData data, int year) {
        if (!data.years().contains(year)) {
            throw new ComputationException(year, "Нет значений показателей за " + year + " год");
        }
        List<String> notes = new ArrayList<>();
        ThreeYears ior = iorOfThreeYears(data, year, notes);
        YearIsbsh isbsh = isbshOfYear(data, year, ior.current(), notes);

        List<SchoolResult> results = new ArrayList<>(data.size());
        for (int s = 0; s < data.size(); s++) {
            results.add(classifySchool(data.school(s), s, year, ior, isbsh));
        }

        List<YearSummary> summaries = new ArrayList<>(3);
        BoundarySource source = methodology.cohortChoice() instanceof CohortChoice.FixedBoundaries
                ? BoundarySource.PUBLISHED : BoundarySource.COMPUTED;
        for (int i = 0; i < 3; i++) {
            boolean loaded = ior.values()[i] != null;
            summaries.add(new YearSummary(ior.years()[i], loaded, loaded ? ior.values()[i].definedCount() : 0,
                    Numbers.boxOrNull(ior.means()[i]), ior.bounds()[i], ior.bounds()[i] == null ? null : source,
                    ior.unavailable()[i], loaded ? ior.values()[i].indicatorRanges() : List.of()));
        }
        IsbshValues values = isbsh.values();
        IsbshSummary isbshSummary = values == null ? null : new IsbshSummary(values.mode(), values.definedCount(),
                values.rawMin(), values.rawMax(), isbsh.bounds(), isbsh.bounds() == null ? null : source,
                values.scaling(), values.weights(), values.regression());
        return new ClassificationResult(methodology.version(), year, summaries, isbshSummary,
                Numbers.boxOrNull(ior.cohortMean()), counts(results), notes, results);
    }

    /**
     * ИОР of Y-2, Y-1 and Y, each over its own year's cohort, with boundaries and means; a past year that is
     * missing or has no boundaries is noted and left null.
     */
    private record ThreeYears(int[] years, IorValues[] values, QuartileBoundaries[] bounds, String[] unavailable,
                              double[] means) {

        IorValues current() {
            return values[2];
        }

        QuartileBoundaries currentBounds() {
            return bounds[2];
        }

        double cohortMean() {
            return means[2];
        }
    }

    private ThreeYears iorOfThreeYears(CohortData data, int year, List<String> notes) {
        int[] years = {year - 2, year - 1, year};
        IorValues[] ior = new IorValues[3];
        QuartileBoundaries[] bounds = new QuartileBoundaries[3];
        String[] unavailable = new String[3];
        for (int i = 0; i < 3; i++) {
            int y = years[i];
            if (!data.years().contains(y)) {
                unavailable[i] = "Нет данных за " + y + " год";
                notes.add(unavailable[i] + ": статусы «стабильно низкие», «стабильно высокие» и зона риска "
                        + "неустойчивости результатов не определяются");
                continue;
            }
            ior[i] = IorCalculator.compute(methodology, data, y);
            try {
                bounds[i] = iorBoundaries(y, ior[i].ior);
            } catch (ComputationException e) {
                if (i == 2) {
                    throw e;
                }
                unavailable[i] = e.reason();
                notes.add(e.reason() + ": статусы «стабильно низкие» и «стабильно высокие» не определяются");
            }
        }
        QuartileBoundaries iorBounds = bounds[2];
        if (iorBounds.p25() == iorBounds.p75()) {
            notes.add("Границы квартилей ИОР за " + year + " год совпадают (P25 = P75 = " + Numbers.fmt(iorBounds.p25())
                    + "): все школы с ИОР не выше этого значения отнесены к первому квартилю");
        }
        double[] means = new double[3];
        for (int i = 0; i < 3; i++) {
            means[i] = ior[i] == null ? Double.NaN : mean(ior[i].ior);
        }
        return new ThreeYears(years, ior, bounds, unavailable, means);
    }

    /**
     * ИСБШ of Y with its boundaries; {@code values} is null when the methodology has no context factors
     * ({@code noFactors} then explains it for every school), {@code bounds} null when no school has ИСБШ.
     */
    private record YearIsbsh(IsbshValues values, QuartileBoundaries bounds, IsbshDetail noFactors) {
    }

    private YearIsbsh isbshOfYear(CohortData data, int year, IorValues current, List<String> notes) {
        if (methodology.contextFactors().isEmpty()) {
            notes.add(UndefinedReason.NO_CONTEXT_FACTORS.description()
                    + ": статусы ШНСУ, «эффективная» и «резильентная» не определяются");
            return new YearIsbsh(null, null, new IsbshDetail(null, null, null, null, UndefinedReason.NO_CONTEXT_FACTORS,
                    null, UndefinedReason.NO_CONTEXT_FACTORS.description()));
        }
        IsbshValues isbsh = IsbshCalculator.compute(methodology, data, year, current);
        QuartileBoundaries bounds = null;
        if (isbsh.definedCount() == 0) {
            // e.g. a past year reclassified without its context factors: the ИОР statuses still stand
            String why = isbsh.undefinedReason(0) == UndefinedReason.NO_FACTOR_DATA
                    ? "Нет значений контекстных факторов за " + year + " год"
                    : "Ни у одной школы нет всех контекстных факторов с ненулевым весом за " + year + " год";
            notes.add(why + ": ИСБШ не рассчитан, статусы ШНСУ, «эффективная» и «резильентная» не определяются");
        } else {
            bounds = isbshBoundaries(year, isbsh.isbsh);
        }
        if (bounds != null && bounds.p25() == bounds.p75()) {
            notes.add("Границы квартилей ИСБШ за " + year + " год совпадают (P25 = P75 = "
                    + Numbers.fmt(bounds.p25()) + "): все школы с ИСБШ не выше этого значения отнесены "
                    + "к первому квартилю");
        }
        RegressionSummary regression = isbsh.regression();
        if (regression != null && regression.noSignificantFactor()) {
            notes.add("Ни один контекстный фактор не значим на уровне "
                    + String.valueOf(regression.significanceAlpha()).replace('.', ',')
                    + ": для ИСБШ использованы все коэффициенты регрессии");
        }
        return new YearIsbsh(isbsh, bounds, null);
    }

    /** One school's values, the facts the rules read, every {@link StatusRule} applied, and the explanation. */
    private SchoolResult classifySchool(School school, int s, int year, ThreeYears ior, YearIsbsh isbsh) {
        Thresholds thresholds = methodology.thresholds();
        List<IorYear> history = new ArrayList<>(3);
        double[] v = new double[3];
        Integer[] q = new Integer[3];
        for (int i = 0; i < 3; i++) {
            history.add(iorYear(ior.years()[i], ior.values()[i], ior.bounds()[i], ior.unavailable()[i], s));
            v[i] = ior.values()[i] == null ? Double.NaN : ior.values()[i].ior[s];
            q[i] = history.get(i).quartile();
        }

        IsbshDetail isbshDetail;
        double iv = Double.NaN;
        Integer iq = null;
        IsbshValues values = isbsh.values();
        if (values == null) {
            isbshDetail = isbsh.noFactors();
        } else {
            iv = values.isbsh[s];
            UndefinedReason reason = values.undefinedReason(s);
            String note = null;
            if (reason == UndefinedReason.MISSING_FACTOR) {
                note = "Нет значения контекстного фактора " + values.missingFactor(s) + " за " + year + " год";
            } else if (reason != null) {
                note = reason.description();
            }
            if (!Double.isNaN(iv)) {
                iq = QuartileCalculator.quartile(iv, isbsh.bounds());
            }
            isbshDetail = new IsbshDetail(Numbers.boxOrNull(iv), values.raw(s), iq, isbsh.bounds(), reason,
                    values.missingFactor(s), note);
        }

        String notAllYears = "ИОР определён не во всех трёх годах " + (year - 2) + "–" + year
                + ": правило не применяется";
        StabilityDetail stability = stability(v, thresholds.unstableRelativeGap(), notAllYears);
        GiaVprCheck giaVpr = giaVpr(ior.current().gia[s], ior.current().vpr[s], giaTotalWeight, vprTotalWeight,
                thresholds.giaVprRatio());
        SchoolFacts facts = new SchoolFacts(year, history, v, q, ior.currentBounds(), iv, iq, isbsh.bounds(), stability,
                giaVpr.detail(), giaVpr.zeroGap(), school.advancedLevel(), ior.cohortMean());
        EnumSet<SchoolStatus> statuses = EnumSet.noneOf(SchoolStatus.class);
        List<StatusReason> reasons = new ArrayList<>(2);
        for (StatusRule rule : StatusRule.values()) {
            rule.reason(facts).ifPresent(text -> {
                statuses.add(rule.status());
                reasons.add(new StatusReason(rule.status(), text));
            });
        }
        Explanation explanation = new Explanation(history, isbshDetail, giaVpr.detail(), stability,
                Numbers.boxOrNull(ior.cohortMean()), reasons);
        return new SchoolResult(school.code(), school.municipalityCode(), school.advancedLevel(),
                Numbers.boxOrNull(v[2]), q[2], Numbers.boxOrNull(iv), iq, List.copyOf(statuses), explanation);
    }

    private QuartileBoundaries iorBoundaries(int year, double[] values) {
        if (methodology.cohortChoice() instanceof CohortChoice.FixedBoundaries fixed) {
            PublishedBoundaries published = fixed.byYear().get(year);
            if (published == null) {
                throw new ComputationException(year, "Для " + year + " года не опубликованы границы квартилей ИОР");
            }
            return published.ior();
        }
        return QuartileCalculator.boundaries(values, methodology.thresholds().minSchoolsForQuartiles(), "ИОР", year);
    }

    private QuartileBoundaries isbshBoundaries(int year, double[] values) {
        if (methodology.cohortChoice() instanceof CohortChoice.FixedBoundaries fixed) {
            PublishedBoundaries published = fixed.byYear().get(year);
            if (published == null || published.isbsh() == null) {
                throw new ComputationException(year, "Для " + year + " года не опубликованы границы квартилей ИСБШ");
            }
            return published.isbsh();
        }
        return QuartileCalculator.boundaries(values, methodology.thresholds().minSchoolsForQuartiles(), "ИСБШ", year);
    }

    private IorYear iorYear(int year, IorValues values, QuartileBoundaries bounds, String unavailable, int s) {
        if (values == null) {
            return new IorYear(year, null, null, null, null, UndefinedReason.YEAR_NOT_LOADED, unavailable);
        }
        double v = values.ior[s];
        double share = values.weightShare[s];
        if (Double.isNaN(v)) {
            UndefinedReason reason = values.undefinedReason(s);
            String note = reason == UndefinedReason.INSUFFICIENT_DATA
                    ? "Недостаточно данных (insufficient data): показатели школы за " + year + " год несут "
                    + Numbers.pct(share) + " общего веса, нужно не менее "
                    + Numbers.pct(methodology.thresholds().minWeightShare())
                    : "Нет значений показателей школы за " + year + " год";
            return new IorYear(year, null, null, bounds, share, reason, note);
        }
        if (bounds == null) {
            return new IorYear(year, v, null, null, share, null, unavailable);
        }
        return new IorYear(year, v, QuartileCalculator.quartile(v, bounds), bounds, share, null, null);
    }

    /** The numbers behind the unstable-results rule over Y-2, Y-1, Y. */
    private static StabilityDetail stability(double[] v, double threshold, String notAllYears) {
        if (Double.isNaN(v[0]) || Double.isNaN(v[1]) || Double.isNaN(v[2])) {
            return new StabilityDetail(null, null, null, threshold, notAllYears);
        }
        double am = (v[0] + v[1] + v[2]) / 3;
        double gm = v[0] == 0 || v[1] == 0 || v[2] == 0 ? 0 : Math.cbrt(v[0] * v[1] * v[2]);
        if (am == 0) {
            // all three are 0: perfectly stable, and the relative gap would be 0/0
            return new StabilityDetail(am, gm, null, threshold, "Все три значения ИОР равны нулю: неустойчивости нет");
        }
        return new StabilityDetail(am, gm, (am - gm) / am, threshold, null);
    }

    /** The GIA/VPR detail, and whether one index is zero against a non-zero other (which counts as a gap). */
    private record GiaVprCheck(GiaVprDetail detail, boolean zeroGap) {
    }

    private static GiaVprCheck giaVpr(double gia, double vpr, double giaTotal, double vprTotal, double threshold) {
        Double g = Numbers.boxOrNull(gia);
        Double p = Numbers.boxOrNull(vpr);
        if (!(giaTotal > 0)) {
            return new GiaVprCheck(new GiaVprDetail(g, p, null, threshold,
                    "В методике нет показателей ГИА с ненулевым весом: правило не применяется"), false);
        }
        if (!(vprTotal > 0)) {
            return new GiaVprCheck(new GiaVprDetail(g, p, null, threshold,
                    "В методике нет показателей ВПР с ненулевым весом: правило не применяется"), false);
        }
        if (g == null) {
            return new GiaVprCheck(new GiaVprDetail(null, p, null, threshold, "Индекс по ГИА не определён (нет показателей ГИА "
                    + "или они несут меньше требуемой доли их веса): правило не применяется"), false);
        }
        if (p == null) {
            return new GiaVprCheck(new GiaVprDetail(g, null, null, threshold, "Индекс по ВПР не определён (нет показателей ВПР "
                    + "или они несут меньше требуемой доли их веса): правило не применяется"), false);
        }
        double max = Math.max(gia, vpr);
        double min = Math.min(gia, vpr);
        if (max == 0) {
            return new GiaVprCheck(new GiaVprDetail(g, p, null, threshold, "Оба индекса равны нулю: различия нет"), false);
        }
        if (min == 0) {
            String zero = gia == 0 ? "ГИА" : "ВПР";
            String other = gia == 0 ? "ВПР" : "ГИА";
            return new GiaVprCheck(new GiaVprDetail(g, p, null, threshold, "Индекс по " + zero + " равен нулю при индексе по "
                    + other + " = " + Numbers.fmt(max) + ": различие считается значительным"), true);
        }
        return new GiaVprCheck(new GiaVprDetail(g, p, max / min, threshold, null), false);
    }

    /** Mean over the defined values, summed in school-code order; NaN when none. */
    private static double mean(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static Counts counts(List<SchoolResult> results) {
        int iorDefined = 0;
        int isbshDefined = 0;
        Map<Integer, Integer> iorQ = quartileMap();
        Map<Integer, Integer> isbshQ = quartileMap();
        EnumMap<SchoolStatus, Integer> statuses = new EnumMap<>(SchoolStatus.class);
        for (SchoolStatus status : SchoolStatus.values()) {
            statuses.put(status, 0);
        }
        for (SchoolResult r : results) {
            if (r.ior() != null) {
                iorDefined++;
            }
            if (r.isbsh() != null) {
                isbshDefined++;
            }
            if (r.iorQuartile() != null) {
                iorQ.merge(r.iorQuartile(), 1, Integer::sum);
            }
            if (r.isbshQuartile() != null) {
                isbshQ.merge(r.isbshQuartile(), 1, Integer::sum);
            }
            for (SchoolStatus status : r.statuses()) {
                statuses.merge(status, 1, Integer::sum);
            }
        }
        return new Counts(results.size(), iorDefined, results.size() - iorDefined, isbshDefined,
                Collections.unmodifiableMap(iorQ), Collections.unmodifiableMap(isbshQ),
                Collections.unmodifiableMap(statuses));
    }

    private static Map<Integer, Integer> quartileMap() {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        for (int q = 1; q <= 4; q++) {
            map.put(q, 0);
        }
        return map;
    }
}
