package ru.mentoring.index.methodology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything behind a school's result for year Y, so that a status (or its absence) can be checked by hand.
 *
 * @param iorHistory    ИОР in Y-2, Y-1, Y (in that order), with quartiles and boundaries
 * @param isbsh         ИСБШ in Y with quartile and boundaries
 * @param giaVpr        the GIA-only and VPR-only indices and their ratio
 * @param stability     AM, GM and their relative gap over the three years
 * @param cohortMeanIor mean ИОР(Y) over the cohort's schools with a defined ИОР, or {@code null} if none
 * @param reasons       one entry per assigned status, in status order
 */
record Explanation(List<IorYear> iorHistory, IsbshDetail isbsh, GiaVprDetail giaVpr,
                          StabilityDetail stability, Double cohortMeanIor, List<StatusReason> reasons) {

    Explanation {
        iorHistory = List.copyOf(iorHistory);
        reasons = List.copyOf(reasons);
    }

    /** ИОР of year Y (the last of the history). */
    IorYear current() {
        return iorHistory.get(iorHistory.size() - 1);
    }

    /**
     * The same numbers as an ordered map of maps (numbers, strings, nulls), the shape stored as JSON:
     * <pre>
     * ior        {value, quartile, weightShare, [undefinedReason, undefinedReasonText, note], boundaries{p25,p50,p75}}
     * isbsh      {value, quartile, raw, [undefinedReason, undefinedReasonText, missingFactor, note], boundaries}
     * iorByYear  {"Y-2": {ior, quartile, boundaries, [note]}, "Y-1": ..., "Y": ...}
     * stability  {arithmeticMean, geometricMean, relativeGap, threshold, [note]}
     * giaVpr     {giaIndex, vprIndex, ratio, threshold, [note]}
     * cohortMeanIor
     * statuses   {STATUS: {the numbers of that rule..., text}} for each assigned status, e.g.
     *            LOW_RESULTS {ior, p25, text}; EFFECTIVE {ior, iorP75, isbsh, isbshP75, text};
     *            RESILIENT {ior, iorP50, isbsh, isbshP25, text}; STABLY_* {"Y-2": {...}, ..., text};
     *            RISK_UNSTABLE the stability map + text; RISK_GIA_VPR_GAP the giaVpr map + text;
     *            RISK_ADVANCED_BELOW_AVERAGE {ior, cohortMeanIor, text}
     * </pre>
     * Key order is fixed (insertion order), so the JSON text is reproducible.
     */
    Map<String, Object> asMap() {
        IorYear y = current();
        Map<String, Object> map = new LinkedHashMap<>();

        Map<String, Object> ior = new LinkedHashMap<>();
        ior.put("value", y.ior());
        ior.put("quartile", y.quartile());
        ior.put("weightShare", y.weightShare());
        if (y.undefinedReason() != null) {
            ior.put("undefinedReason", y.undefinedReason().name());
            ior.put("undefinedReasonText", y.undefinedReason().description());
        }
        if (y.note() != null) {
            ior.put("note", y.note());
        }
        ior.put("boundaries", bounds(y.boundaries()));
        map.put("ior", ior);

        Map<String, Object> isb = new LinkedHashMap<>();
        isb.put("value", isbsh.isbsh());
        isb.put("quartile", isbsh.quartile());
        isb.put("raw", isbsh.raw());
        if (isbsh.undefinedReason() != null) {
            isb.put("undefinedReason", isbsh.undefinedReason().name());
            isb.put("undefinedReasonText", isbsh.undefinedReason().description());
            if (isbsh.missingFactor() != null) {
                isb.put("missingFactor", isbsh.missingFactor());
            }
            isb.put("note", isbsh.note());
        }
        isb.put("boundaries", bounds(isbsh.boundaries()));
        map.put("isbsh", isb);

        Map<String, Object> history = new LinkedHashMap<>();
        for (IorYear h : iorHistory) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ior", h.ior());
            entry.put("quartile", h.quartile());
            entry.put("boundaries", bounds(h.boundaries()));
            if (h.note() != null) {
                entry.put("note", h.note());
            }
            history.put(String.valueOf(h.year()), entry);
        }
        map.put("iorByYear", history);

        Map<String, Object> stab = new LinkedHashMap<>();
        if (stability.arithmeticMean() != null) {
            stab.put("arithmeticMean", stability.arithmeticMean());
            stab.put("geometricMean", stability.geometricMean());
            stab.put("relativeGap", stability.relativeGap());
        }
        stab.put("threshold", stability.threshold());
        if (stability.note() != null) {
            stab.put("note", stability.note());
        }
        map.put("stability", stab);

        Map<String, Object> gv = new LinkedHashMap<>();
        gv.put("giaIndex", giaVpr.giaIndex());
        gv.put("vprIndex", giaVpr.vprIndex());
        gv.put("ratio", giaVpr.ratio());
        gv.put("threshold", giaVpr.threshold());
        if (giaVpr.note() != null) {
            gv.put("note", giaVpr.note());
        }
        map.put("giaVpr", gv);
        map.put("cohortMeanIor", cohortMeanIor);

        Map<String, Object> statuses = new LinkedHashMap<>();
        for (StatusReason reason : reasons) {
            Map<String, Object> entry = new LinkedHashMap<>();
            switch (reason.status()) {
                case LOW_RESULTS -> {
                    entry.put("ior", y.ior());
                    entry.put("p25", y.boundaries().p25());
                }
                case STABLY_LOW, STABLY_HIGH -> history.forEach(entry::put);
                case UNFAVOURABLE_SOCIAL -> {
                    entry.put("isbsh", isbsh.isbsh());
                    entry.put("p25", isbsh.boundaries().p25());
                }
                case EFFECTIVE -> {
                    entry.put("ior", y.ior());
                    entry.put("iorP75", y.boundaries().p75());
                    entry.put("isbsh", isbsh.isbsh());
                    entry.put("isbshP75", isbsh.boundaries().p75());
                }
                case RESILIENT -> {
                    entry.put("ior", y.ior());
                    entry.put("iorP50", y.boundaries().p50());
                    entry.put("isbsh", isbsh.isbsh());
                    entry.put("isbshP25", isbsh.boundaries().p25());
                }
                case RISK_UNSTABLE -> entry.putAll(stab);
                case RISK_GIA_VPR_GAP -> entry.putAll(gv);
                case RISK_ADVANCED_BELOW_AVERAGE -> {
                    entry.put("ior", y.ior());
                    entry.put("cohortMeanIor", cohortMeanIor);
                }
            }
            entry.put("text", reason.text());
            statuses.put(reason.status().name(), entry);
        }
        map.put("statuses", statuses);
        return Collections.unmodifiableMap(map);
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
