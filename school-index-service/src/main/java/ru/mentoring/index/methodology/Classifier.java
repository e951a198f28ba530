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
 * Classifies every school of the cohort for year Y (domain.md §3.5) with one methodology version.
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

    public Classifier(MethodologyVersion methodology) {
        this.methodology = Objects.requireNonNull(methodology, "methodology");
    }

    public MethodologyVersion methodology() {
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
        Thresholds thresholds = methodology.thresholds();
        int n = data.size();
        List<String> notes = new ArrayList<>();

        // ---- ИОР of Y-2, Y-1, Y, each over its own year's cohort
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
        IorValues current = ior[2];
        QuartileBoundaries iorBounds = bounds[2];
        if (iorBounds.p25() == iorBounds.p75()) {
            notes.add("Границы квартилей ИОР за " + year + " год совпадают (P25 = P75 = " + Numbers.fmt(iorBounds.p25())
                    + "): все школы с ИОР не выше этого значения отнесены к первому квартилю");
        }
        double[] means = new double[3];
        for (int i = 0; i < 3; i++) {
            means[i] = ior[i] == null ? Double.NaN : mean(ior[i].ior);
        }
        double cohortMean = means[2];

        // ---- ИСБШ of Y
        IsbshValues isbsh = null;
        QuartileBoundaries isbshBounds = null;
        IsbshDetail noFactors = null;
        if (methodology.contextFactors().isEmpty()) {
            noFactors = new IsbshDetail(null, null, null, null, UndefinedReason.NO_CONTEXT_FACTORS, null,
                    UndefinedReason.NO_CONTEXT_FACTORS.description());
            notes.add(UndefinedReason.NO_CONTEXT_FACTORS.description()
                    + ": статусы ШНСУ, «эффективная» и «резильентная» не определяются");
        } else {
            isbsh = IsbshCalculator.compute(methodology, data, year, current);
            if (isbsh.definedCount() == 0) {
                // e.g. a past year reclassified without its context factors: the ИОР statuses still stand
                String why = isbsh.undefinedReason(0) == UndefinedReason.NO_FACTOR_DATA
                        ? "Нет значений контекстных факторов за " + year + " год"
                        : "Ни у одной школы нет всех контекстных факторов с ненулевым весом за " + year + " год";
                notes.add(why + ": ИСБШ не рассчитан, статусы ШНСУ, «эффективная» и «резильентная» не определяются");
            } else {
                isbshBounds = isbshBoundaries(year, isbsh.isbsh);
            }
            if (isbshBounds != null && isbshBounds.p25() == isbshBounds.p75()) {
                notes.add("Границы квартилей ИСБШ за " + year + " год совпадают (P25 = P75 = "
                        + Numbers.fmt(isbshBounds.p25()) + "): все школы с ИСБШ не выше этого значения отнесены "
                        + "к первому квартилю");
            }
            RegressionSummary regression = isbsh.regression();
            if (regression != null && regression.noSignificantFactor()) {
                notes.add("Ни один контекстный фактор не значим на уровне "
                        + String.valueOf(regression.significanceAlpha()).replace('.', ',')
                        + ": для ИСБШ использованы все коэффициенты регрессии");
            }
        }

        // ---- per school
        String notAllYears = "ИОР определён не во всех трёх годах " + (year - 2) + "–" + year
                + ": правило не применяется";
        double giaTotal = methodology.totalIndicatorWeight(Source.GIA);
        double vprTotal = methodology.totalIndicatorWeight(Source.VPR);
        List<SchoolResult> results = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            School school = data.school(s);
            EnumSet<SchoolStatus> statuses = EnumSet.noneOf(SchoolStatus.class);
            List<StatusReason> reasons = new ArrayList<>(2);

            List<IorYear> history = new ArrayList<>(3);
            double[] v = new double[3];
            Integer[] q = new Integer[3];
            for (int i = 0; i < 3; i++) {
                history.add(iorYear(years[i], ior[i], bounds[i], unavailable[i], s));
                v[i] = ior[i] == null ? Double.NaN : ior[i].ior[s];
                q[i] = history.get(i).quartile();
            }
            double vy = v[2];
            Integer qy = q[2];

            // ИСБШ detail
            IsbshDetail isbshDetail;
            double iv = Double.NaN;
            Integer iq = null;
            if (isbsh == null) {
                isbshDetail = noFactors;
            } else {
                iv = isbsh.isbsh[s];
                UndefinedReason reason = isbsh.undefinedReason(s);
                String note = null;
                if (reason == UndefinedReason.MISSING_FACTOR) {
                    note = "Нет значения контекстного фактора " + isbsh.missingFactor(s) + " за " + year + " год";
                } else if (reason != null) {
                    note = reason.description();
                }
                if (!Double.isNaN(iv)) {
                    iq = QuartileCalculator.quartile(iv, isbshBounds);
                }
                isbshDetail = new IsbshDetail(Numbers.boxOrNull(iv), isbsh.raw(s), iq, isbshBounds, reason,
                        isbsh.missingFactor(s), note);
            }

            // Q-based rules
            if (qy != null && qy == 1) {
                statuses.add(SchoolStatus.LOW_RESULTS);
                reasons.add(new StatusReason(SchoolStatus.LOW_RESULTS, "ИОР за " + year + " год = " + Numbers.fmt(vy)
                        + " ≤ P25 = " + Numbers.fmt(iorBounds.p25()) + ": первый квартиль (низкий уровень)"));
            }
            if (allQuartiles(q, 1)) {
                statuses.add(SchoolStatus.STABLY_LOW);
                reasons.add(new StatusReason(SchoolStatus.STABLY_LOW,
                        "ИОР в первом квартиле три года подряд: " + threeYears(history, true)));
            }
            if (iq != null && iq == 1) {
                statuses.add(SchoolStatus.UNFAVOURABLE_SOCIAL);
                reasons.add(new StatusReason(SchoolStatus.UNFAVOURABLE_SOCIAL, "ИСБШ за " + year + " год = "
                        + Numbers.fmt(iv) + " ≤ P25 = " + Numbers.fmt(isbshBounds.p25()) + ": первый квартиль"));
            }
            if (allQuartiles(q, 4)) {
                statuses.add(SchoolStatus.STABLY_HIGH);
                reasons.add(new StatusReason(SchoolStatus.STABLY_HIGH,
                        "ИОР в четвёртом квартиле три года подряд: " + threeYears(history, false)));
            }
            if (qy != null && qy == 4 && iq != null && iq == 4) {
                statuses.add(SchoolStatus.EFFECTIVE);
                reasons.add(new StatusReason(SchoolStatus.EFFECTIVE, "ИОР = " + Numbers.fmt(vy) + " > P75 = "
                        + Numbers.fmt(iorBounds.p75()) + " и ИСБШ = " + Numbers.fmt(iv) + " > P75 = "
                        + Numbers.fmt(isbshBounds.p75()) + ": оба в четвёртом квартиле"));
            }
            if (qy != null && qy >= 3 && iq != null && iq == 1) {
                statuses.add(SchoolStatus.RESILIENT);
                reasons.add(new StatusReason(SchoolStatus.RESILIENT, "ИОР = " + Numbers.fmt(vy) + " > P50 = "
                        + Numbers.fmt(iorBounds.p50()) + " (" + qy + " квартиль) при ИСБШ = " + Numbers.fmt(iv)
                        + " ≤ P25 = " + Numbers.fmt(isbshBounds.p25()) + " (первый квартиль)"));
            }

            // unstable results
            StabilityDetail stability;
            double gapThreshold = thresholds.unstableRelativeGap();
            if (Double.isNaN(v[0]) || Double.isNaN(v[1]) || Double.isNaN(v[2])) {
                stability = new StabilityDetail(null, null, null, gapThreshold, notAllYears);
            } else {
                double am = (v[0] + v[1] + v[2]) / 3;
                double gm = v[0] == 0 || v[1] == 0 || v[2] == 0 ? 0 : Math.cbrt(v[0] * v[1] * v[2]);
                if (am == 0) {
                    // all three are 0: perfectly stable, and the relative gap would be 0/0
                    stability = new StabilityDetail(am, gm, null, gapThreshold,
                            "Все три значения ИОР равны нулю: неустойчивости нет");
                } else {
                    double gap = (am - gm) / am;
                    stability = new StabilityDetail(am, gm, gap, gapThreshold, null);
                    if (Numbers.gt(gap, gapThreshold)) {
                        statuses.add(SchoolStatus.RISK_UNSTABLE);
                        reasons.add(new StatusReason(SchoolStatus.RISK_UNSTABLE, "ИОР за " + (year - 2) + "–" + year
                                + ": " + Numbers.fmt(v[0]) + "; " + Numbers.fmt(v[1]) + "; " + Numbers.fmt(v[2])
                                + ". Среднее арифметическое " + Numbers.fmt(am) + ", среднее геометрическое "
                                + Numbers.fmt(gm) + ", (AM − GM) / AM = " + Numbers.fmt(gap) + " > "
                                + Numbers.fmt(gapThreshold)));
                    }
                }
            }

            // GIA / VPR differentiation
            GiaVprDetail giaVpr = giaVpr(current.gia[s], current.vpr[s], giaTotal, vprTotal,
                    thresholds.giaVprRatio(), statuses, reasons);

            // advanced-level school below the cohort mean
            if (school.advancedLevel() && !Double.isNaN(vy) && !Double.isNaN(cohortMean)
                    && Numbers.lt(vy, cohortMean)) {
                statuses.add(SchoolStatus.RISK_ADVANCED_BELOW_AVERAGE);
                reasons.add(new StatusReason(SchoolStatus.RISK_ADVANCED_BELOW_AVERAGE, "Школа повышенного уровня: "
                        + "ИОР = " + Numbers.fmt(vy) + " ниже среднего по когорте " + Numbers.fmt(cohortMean)));
            }

            // reasons were added rule by rule in status order already, except GIA/VPR: sort to be safe
            reasons.sort((a, b) -> a.status().compareTo(b.status()));
            Explanation explanation = new Explanation(history, isbshDetail, giaVpr, stability,
                    Numbers.boxOrNull(cohortMean), reasons);
            results.add(new SchoolResult(school.code(), school.municipalityCode(), school.advancedLevel(),
                    Numbers.boxOrNull(vy), qy, Numbers.boxOrNull(iv), iq, List.copyOf(statuses), explanation));
        }

        List<YearSummary> summaries = new ArrayList<>(3);
        BoundarySource source = methodology.cohortChoice() instanceof CohortChoice.FixedBoundaries
                ? BoundarySource.PUBLISHED : BoundarySource.COMPUTED;
        for (int i = 0; i < 3; i++) {
            boolean loaded = ior[i] != null;
            summaries.add(new YearSummary(years[i], loaded, loaded ? ior[i].definedCount() : 0,
                    Numbers.boxOrNull(means[i]), bounds[i], bounds[i] == null ? null : source, unavailable[i],
                    loaded ? ior[i].indicatorRanges() : List.of()));
        }
        IsbshSummary isbshSummary = isbsh == null ? null : new IsbshSummary(isbsh.mode(), isbsh.definedCount(),
                isbsh.rawMin(), isbsh.rawMax(), isbshBounds, isbshBounds == null ? null : source, isbsh.scaling(), isbsh.weights(),
                isbsh.regression());
        return new ClassificationResult(methodology.version(), year, summaries, isbshSummary,
                Numbers.boxOrNull(cohortMean), counts(results), notes, results);
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

    private static boolean allQuartiles(Integer[] q, int quartile) {
        for (Integer value : q) {
            if (value == null || value != quartile) {
                return false;
            }
        }
        return true;
    }

    private static String threeYears(List<IorYear> history, boolean low) {
        StringBuilder text = new StringBuilder();
        for (IorYear y : history) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(y.year()).append(" — ").append(Numbers.fmt(y.ior()));
            if (low) {
                text.append(" ≤ P25 = ").append(Numbers.fmt(y.boundaries().p25()));
            } else {
                text.append(" > P75 = ").append(Numbers.fmt(y.boundaries().p75()));
            }
        }
        return text.toString();
    }

    private static GiaVprDetail giaVpr(double gia, double vpr, double giaTotal, double vprTotal, double threshold,
                                       EnumSet<SchoolStatus> statuses, List<StatusReason> reasons) {
        Double g = Numbers.boxOrNull(gia);
        Double p = Numbers.boxOrNull(vpr);
        if (!(giaTotal > 0)) {
            return new GiaVprDetail(g, p, null, threshold,
                    "В методике нет показателей ГИА с ненулевым весом: правило не применяется");
        }
        if (!(vprTotal > 0)) {
            return new GiaVprDetail(g, p, null, threshold,
                    "В методике нет показателей ВПР с ненулевым весом: правило не применяется");
        }
        if (g == null) {
            return new GiaVprDetail(null, p, null, threshold, "Индекс по ГИА не определён (нет показателей ГИА "
                    + "или они несут меньше требуемой доли их веса): правило не применяется");
        }
        if (p == null) {
            return new GiaVprDetail(g, null, null, threshold, "Индекс по ВПР не определён (нет показателей ВПР "
                    + "или они несут меньше требуемой доли их веса): правило не применяется");
        }
        double max = Math.max(gia, vpr);
        double min = Math.min(gia, vpr);
        if (max == 0) {
            return new GiaVprDetail(g, p, null, threshold, "Оба индекса равны нулю: различия нет");
        }
        if (min == 0) {
            String zero = gia == 0 ? "ГИА" : "ВПР";
            String other = gia == 0 ? "ВПР" : "ГИА";
            String note = "Индекс по " + zero + " равен нулю при индексе по " + other + " = " + Numbers.fmt(max)
                    + ": различие считается значительным";
            statuses.add(SchoolStatus.RISK_GIA_VPR_GAP);
            reasons.add(new StatusReason(SchoolStatus.RISK_GIA_VPR_GAP, note));
            return new GiaVprDetail(g, p, null, threshold, note);
        }
        double ratio = max / min;
        if (Numbers.ge(ratio, threshold)) {
            statuses.add(SchoolStatus.RISK_GIA_VPR_GAP);
            reasons.add(new StatusReason(SchoolStatus.RISK_GIA_VPR_GAP, "Индекс по ГИА = " + Numbers.fmt(gia)
                    + ", по ВПР = " + Numbers.fmt(vpr) + ": различие в " + Numbers.fmt(ratio) + " раза ≥ "
                    + Numbers.fmt(threshold)));
        }
        return new GiaVprDetail(g, p, ratio, threshold, null);
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
