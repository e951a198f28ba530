package ru.mentoring.index.methodology;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The classification of domain.md §3.5 for year Y, from the years Y-2, Y-1 and Y of the cohort.
 * <p>Each year's ИОР quartiles are taken over that year's own cohort (or the boundaries the region
 * published for it). Y itself must allow quartiles (at least {@link Thresholds#minSchoolsForQuartiles()}
 * schools with a defined ИОР, else a {@link ComputationException}); an earlier year that does not is left
 * out with a note, and the three-year rules then cannot hold for anyone. ИСБШ is computed for Y only.
 * <p>Decisions where domain.md is silent:
 * <ul>
 * <li>"Unstable results" needs a defined ИОР in all three years; with AM = 0 (all three zero) the gap is
 * taken as 0, not flagged.</li>
 * <li>"GIA/VPR differentiation" needs both sub-indices; both 0 is no gap, one 0 and the other not is a gap.</li>
 * <li>The cohort mean of the advanced-level rule is over the schools with a defined ИОР(Y).</li>
 * </ul>
 * Deterministic: schools in code order, sums in a fixed order, the same input gives the same output to the
 * last digit.
 */
public final class Classifier {

    private Classifier() {
    }

    public static ClassificationResult classify(MethodologyVersion methodology, CohortData data, int year) {
        if (!data.years().contains(year)) {
            throw new ComputationException(year, "Нет данных показателей за " + year + " год");
        }
        Thresholds t = methodology.thresholds();
        List<String> notes = new ArrayList<>();
        Map<Integer, IorValues> iorByYear = new TreeMap<>();
        Map<Integer, QuartileBoundaries> boundaries = new TreeMap<>();
        for (int y = year - 2; y <= year; y++) {
            if (!data.years().contains(y)) {
                notes.add("Нет данных за " + y + " год: правила за три года не применяются");
                continue;
            }
            IorValues ior = IorCalculator.compute(methodology, data, y);
            iorByYear.put(y, ior);
            try {
                boundaries.put(y, iorBoundaries(methodology, ior, y));
            } catch (ComputationException e) {
                if (y == year) {
                    throw e;
                }
                notes.add(e.reason());
            }
        }
        IorValues current = iorByYear.get(year);
        IsbshValues isbsh = IsbshCalculator.compute(methodology, data, year, current);
        QuartileBoundaries isbshBounds = isbshBoundaries(methodology, isbsh, year, notes);
        Double mean = mean(current);

        List<SchoolResult> results = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            results.add(classifySchool(methodology, data, i, year, iorByYear, boundaries, isbsh, isbshBounds, mean, t));
        }
        return new ClassificationResult(year, methodology.version(), boundaries, isbshBounds, mean, isbsh.regression(), results,
                notes);
    }

    private static SchoolResult classifySchool(MethodologyVersion methodology, CohortData data, int i, int year,
            Map<Integer, IorValues> iorByYear, Map<Integer, QuartileBoundaries> boundaries, IsbshValues isbsh,
            QuartileBoundaries isbshBounds, Double mean, Thresholds t) {
        School school = data.school(i);
        IorValues current = iorByYear.get(year);
        Double ior = current.ior(i);
        Integer iorQ = quartile(ior, boundaries.get(year));
        Double isb = isbsh.isbsh(i);
        Integer isbQ = quartile(isb, isbshBounds);

        Map<String, Object> explanation = new LinkedHashMap<>();
        Map<String, Object> iorPart = new LinkedHashMap<>();
        iorPart.put("value", ior);
        iorPart.put("quartile", iorQ);
        iorPart.put("weightShare", current.weightShare(i));
        if (ior == null) {
            iorPart.put("undefinedReason", current.undefinedReason(i).name());
            iorPart.put("undefinedReasonText", current.undefinedReason(i).description());
        }
        iorPart.put("boundaries", bounds(boundaries.get(year)));
        explanation.put("ior", iorPart);
        Map<String, Object> isbPart = new LinkedHashMap<>();
        isbPart.put("value", isb);
        isbPart.put("quartile", isbQ);
        isbPart.put("raw", isbsh.raw(i));
        if (isb == null && isbsh.undefinedReason(i) != null) {
            isbPart.put("undefinedReason", isbsh.undefinedReason(i).name());
            isbPart.put("undefinedReasonText", isbsh.undefinedReason(i).description());
            if (isbsh.missingFactor(i) != null) {
                isbPart.put("missingFactor", isbsh.missingFactor(i));
            }
        }
        isbPart.put("boundaries", bounds(isbshBounds));
        explanation.put("isbsh", isbPart);

        Map<String, Object> history = new LinkedHashMap<>();
        Integer[] quartiles = new Integer[3];
        Double[] values = new Double[3];
        for (int k = 0; k < 3; k++) {
            int y = year - 2 + k;
            IorValues v = iorByYear.get(y);
            values[k] = v == null ? null : v.ior(i);
            quartiles[k] = quartile(values[k], boundaries.get(y));
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("ior", values[k]);
            h.put("quartile", quartiles[k]);
            history.put(String.valueOf(y), h);
        }
        explanation.put("iorByYear", history);

        EnumSet<SchoolStatus> statuses = EnumSet.noneOf(SchoolStatus.class);
        Map<String, Object> why = new LinkedHashMap<>();
        if (iorQ != null && iorQ == 1) {
            statuses.add(SchoolStatus.LOW_RESULTS);
            why.put(SchoolStatus.LOW_RESULTS.name(), ordered("ior", ior, "p25", boundaries.get(year).p25()));
        }
        if (allEqual(quartiles, 1)) {
            statuses.add(SchoolStatus.STABLY_LOW);
            why.put(SchoolStatus.STABLY_LOW.name(), history);
        }
        if (isbQ != null && isbQ == 1) {
            statuses.add(SchoolStatus.UNFAVOURABLE_SOCIAL);
            why.put(SchoolStatus.UNFAVOURABLE_SOCIAL.name(), ordered("isbsh", isb, "p25", isbshBounds.p25()));
        }
        if (allEqual(quartiles, 4)) {
            statuses.add(SchoolStatus.STABLY_HIGH);
            why.put(SchoolStatus.STABLY_HIGH.name(), history);
        }
        if (iorQ != null && iorQ == 4 && isbQ != null && isbQ == 4) {
            statuses.add(SchoolStatus.EFFECTIVE);
            why.put(SchoolStatus.EFFECTIVE.name(), ordered("ior", ior, "iorP75", boundaries.get(year).p75(),
                    "isbsh", isb, "isbshP75", isbshBounds.p75()));
        }
        if (iorQ != null && iorQ >= 3 && isbQ != null && isbQ == 1) {
            statuses.add(SchoolStatus.RESILIENT);
            why.put(SchoolStatus.RESILIENT.name(), ordered("ior", ior, "iorP50", boundaries.get(year).p50(),
                    "isbsh", isb, "isbshP25", isbshBounds.p25()));
        }
        if (values[0] != null && values[1] != null && values[2] != null) {
            double am = (values[0] + values[1] + values[2]) / 3.0;
            double gm = (values[0] == 0 || values[1] == 0 || values[2] == 0) ? 0.0 : Math.cbrt(values[0] * values[1] * values[2]);
            double gap = am == 0 ? 0.0 : (am - gm) / am;
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("arithmeticMean", am);
            u.put("geometricMean", gm);
            u.put("relativeGap", gap);
            u.put("threshold", t.unstableRelativeGap());
            explanation.put("stability", u);
            if (gap > t.unstableRelativeGap()) {
                statuses.add(SchoolStatus.RISK_UNSTABLE);
                why.put(SchoolStatus.RISK_UNSTABLE.name(), u);
            }
        }
        Double gia = current.giaIndex(i);
        Double vpr = current.vprIndex(i);
        if (gia != null && vpr != null) {
            double hi = Math.max(gia, vpr);
            double lo = Math.min(gia, vpr);
            boolean gap;
            Double ratio;
            if (hi == 0) {
                gap = false;
                ratio = 1.0;
            } else if (lo == 0) {
                gap = true;
                ratio = null; // infinite: a zero beside a non-zero
            } else {
                ratio = hi / lo;
                gap = ratio >= t.giaVprRatio();
            }
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("giaIndex", gia);
            g.put("vprIndex", vpr);
            g.put("ratio", ratio);
            g.put("threshold", t.giaVprRatio());
            explanation.put("giaVpr", g);
            if (gap) {
                statuses.add(SchoolStatus.RISK_GIA_VPR_GAP);
                why.put(SchoolStatus.RISK_GIA_VPR_GAP.name(), g);
            }
        } else {
            explanation.put("giaVpr", ordered("note", "Нет индекса по ГИА или по ВПР: правило не применяется"));
        }
        if (school.advancedLevel() && ior != null && mean != null && ior < mean) {
            statuses.add(SchoolStatus.RISK_ADVANCED_BELOW_AVERAGE);
            why.put(SchoolStatus.RISK_ADVANCED_BELOW_AVERAGE.name(), ordered("ior", ior, "cohortMeanIor", mean));
        }
        explanation.put("cohortMeanIor", mean);
        explanation.put("statuses", why);
        return new SchoolResult(school.code(), ior, iorQ, isb, isbQ, List.copyOf(statuses), explanation);
    }

    private static QuartileBoundaries iorBoundaries(MethodologyVersion m, IorValues ior, int year) {
        if (m.cohortChoice() instanceof CohortChoice.FixedBoundaries fixed) {
            PublishedBoundaries published = fixed.byYear().get(year);
            if (published == null) {
                throw new ComputationException(year, "Методика требует опубликованных границ квартилей, а за " + year
                        + " год их нет");
            }
            return published.ior();
        }
        return QuartileCalculator.boundaries(ior.ior, m.thresholds().minSchoolsForQuartiles(), "ИОР", year);
    }

    private static QuartileBoundaries isbshBoundaries(MethodologyVersion m, IsbshValues isbsh, int year, List<String> notes) {
        if (isbsh.definedCount() == 0) {
            notes.add("ИСБШ не рассчитан ни для одной школы за " + year + " год: правила ИСБШ не применяются");
            return null;
        }
        if (m.cohortChoice() instanceof CohortChoice.FixedBoundaries fixed) {
            PublishedBoundaries published = fixed.byYear().get(year);
            if (published != null && published.isbsh() != null) {
                return published.isbsh();
            }
            throw new ComputationException(year, "Методика требует опубликованных границ квартилей ИСБШ, а за " + year
                    + " год их нет");
        }
        return QuartileCalculator.boundaries(isbsh.isbsh, m.thresholds().minSchoolsForQuartiles(), "ИСБШ", year);
    }

    private static Double mean(IorValues ior) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < ior.size(); i++) {
            Double v = ior.ior(i);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static Integer quartile(Double value, QuartileBoundaries b) {
        return value == null || b == null ? null : QuartileCalculator.quartile(value, b);
    }

    private static boolean allEqual(Integer[] quartiles, int q) {
        for (Integer x : quartiles) {
            if (x == null || x != q) {
                return false;
            }
        }
        return true;
    }

    /** Key order is part of the explanation's text: insertion order, never a hash order. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            m.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return m;
    }

    private static Map<String, Object> bounds(QuartileBoundaries b) {
        if (b == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p25", b.p25());
        m.put("p50", b.p50());
        m.put("p75", b.p75());
        return m;
    }
}
