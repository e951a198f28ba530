package ru.mentoring.index.methodology;

import java.util.ArrayList;
import java.util.List;

/**
 * ИОР for one year (docs/methodology.md §2).
 *
 * <p>Per indicator i, over the schools that have a value: {@code n = (x - min)/(max - min)} for direction +1,
 * {@code (max - x)/(max - min)} for -1, 0.5 for all when {@code max == min}. Then
 * {@code ИОР = Σ w_i n_i / Σ w_i} over the indicators the school has, undefined when those carry less than
 * {@link Thresholds#minWeightShare()} of the methodology's total weight. The GIA-only and VPR-only sub-indices
 * use the same normalised values, the same formula and the same share rule against the total GIA (VPR) weight.
 */
final class IorCalculator {

    private IorCalculator() {
    }

    static IorValues compute(MethodologyVersion methodology, CohortData data, int year) {
        int n = data.size();
        double[] sumWn = new double[n];
        double[] sumW = new double[n];
        double[] giaWn = new double[n];
        double[] giaW = new double[n];
        double[] vprWn = new double[n];
        double[] vprW = new double[n];
        boolean[] any = new boolean[n];
        List<IndicatorRange> ranges = new ArrayList<>(methodology.indicators().size());

        // Indicators in methodology order, schools in code order: every sum is taken in the same order.
        for (Indicator indicator : methodology.indicators()) {
            double[] column = data.indicatorColumn(year, indicator.code());
            if (column == null) {
                ranges.add(new IndicatorRange(indicator.code(), 0, null, null));
                continue;
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int count = 0;
            for (double x : column) {
                if (!Double.isNaN(x)) {
                    count++;
                    if (x < min) {
                        min = x;
                    }
                    if (x > max) {
                        max = x;
                    }
                }
            }
            if (count == 0) {
                ranges.add(new IndicatorRange(indicator.code(), 0, null, null));
                continue;
            }
            ranges.add(new IndicatorRange(indicator.code(), count, min, max));
            boolean flat = max == min;
            double range = max - min;
            boolean inverted = indicator.direction() == Direction.LOWER_IS_BETTER;
            double w = indicator.weight();
            double[] subWn = indicator.source() == Source.GIA ? giaWn : indicator.source() == Source.VPR ? vprWn : null;
            double[] subW = indicator.source() == Source.GIA ? giaW : indicator.source() == Source.VPR ? vprW : null;
            for (int s = 0; s < n; s++) {
                double x = column[s];
                if (Double.isNaN(x)) {
                    continue;
                }
                double normalised = flat ? 0.5 : inverted ? (max - x) / range : (x - min) / range;
                double wn = w * normalised;
                sumWn[s] += wn;
                sumW[s] += w;
                any[s] = true;
                if (subWn != null) {
                    subWn[s] += wn;
                    subW[s] += w;
                }
            }
        }

        double minShare = methodology.thresholds().minWeightShare();
        double total = methodology.totalIndicatorWeight();
        double giaTotal = methodology.totalIndicatorWeight(Source.GIA);
        double vprTotal = methodology.totalIndicatorWeight(Source.VPR);
        double[] ior = new double[n];
        double[] share = new double[n];
        double[] gia = new double[n];
        double[] vpr = new double[n];
        UndefinedReason[] reasons = new UndefinedReason[n];
        for (int s = 0; s < n; s++) {
            share[s] = sumW[s] / total;
            ior[s] = index(sumWn[s], sumW[s], total, minShare);
            gia[s] = index(giaWn[s], giaW[s], giaTotal, minShare);
            vpr[s] = index(vprWn[s], vprW[s], vprTotal, minShare);
            if (Double.isNaN(ior[s])) {
                reasons[s] = any[s] ? UndefinedReason.INSUFFICIENT_DATA : UndefinedReason.NO_DATA;
            }
        }
        return new IorValues(year, ior, share, gia, vpr, reasons, ranges);
    }

    /** Σ w n / Σ w, or NaN when the school's weight is below the share (or nothing carries weight). */
    private static double index(double sumWn, double sumW, double totalWeight, double minShare) {
        if (!(totalWeight > 0) || !(sumW > 0) || Numbers.lt(sumW / totalWeight, minShare)) {
            return Double.NaN;
        }
        return sumWn / sumW;
    }
}
