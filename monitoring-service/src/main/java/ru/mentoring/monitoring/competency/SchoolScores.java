package ru.mentoring.monitoring.competency;

import java.math.BigDecimal;
import java.util.Collection;

import ru.mentoring.monitoring.competency.CompetencyViews.Figures;
import ru.mentoring.monitoring.stats.Percent;

/**
 * One school's competency test counts and the sums of the paired teachers' scores: what the mean
 * and the rise over any set of schools (one school, the municipality, its ШНОР) are computed from.
 *
 * @param paired    teachers with a score before and after
 * @param sumBefore sum of the paired teachers' scores before
 * @param sumAfter  sum of the paired teachers' scores after
 */
public record SchoolScores(String schoolCode, long before, long after, long paired, BigDecimal sumBefore,
        BigDecimal sumAfter) {

    /**
     * The figures over these schools taken together: counts added, means over all their paired
     * teachers (not a mean of the schools' means), the rise of the mean in percent.
     *
     * @param schoolCode the line's school, or null for a total
     */
    public static Figures figures(String schoolCode, Collection<SchoolScores> schools) {
        long before = 0;
        long after = 0;
        long paired = 0;
        BigDecimal sumBefore = BigDecimal.ZERO;
        BigDecimal sumAfter = BigDecimal.ZERO;
        for (SchoolScores s : schools) {
            before += s.before();
            after += s.after();
            paired += s.paired();
            if (s.paired() > 0) {
                sumBefore = sumBefore.add(s.sumBefore());
                sumAfter = sumAfter.add(s.sumAfter());
            }
        }
        if (paired == 0) {
            return new Figures(schoolCode, before, after, 0, null, null, null);
        }
        double meanBefore = sumBefore.doubleValue() / paired;
        double meanAfter = sumAfter.doubleValue() / paired;
        Double rise = meanBefore == 0 ? null : Percent.round1(100 * (meanAfter - meanBefore) / meanBefore);
        return new Figures(schoolCode, before, after, paired, Percent.round2(meanBefore), Percent.round2(meanAfter), rise);
    }
}
