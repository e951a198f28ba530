package ru.mentoring.index.methodology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The input of a computation: the cohort's schools and their indicator and context factor values per year.
 *
 * <p>Schools are sorted by code and numbered 0..n-1 (the order of every output and of every sum, which makes
 * the results independent of the order rows were loaded in). Values are stored column-wise: one
 * {@code double[]} per (year, code) indexed by school number, {@code NaN} where the school has no value. For the
 * benchmark (40,000 schools × 3 years × 20 indicators) that is 60 primitive arrays and no per-value objects.
 * Immutable once built.
 */
public final class CohortData {

    private final List<School> schools;
    private final String[] codes;
    private final Map<Integer, Map<String, double[]>> indicators;
    private final Map<Integer, Map<String, double[]>> factors;
    private final SortedSet<Integer> years;

    private CohortData(List<School> schools, Map<Integer, Map<String, double[]>> indicators,
                       Map<Integer, Map<String, double[]>> factors) {
        this.schools = schools;
        this.codes = schools.stream().map(School::code).toArray(String[]::new);
        this.indicators = indicators;
        this.factors = factors;
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(indicators.keySet()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of schools. */
    int size() {
        return schools.size();
    }

    /** Schools sorted by code; a school's position is its index in every per-school array. */
    List<School> schools() {
        return schools;
    }

    School school(int index) {
        return schools.get(index);
    }

    /** Index of the school with this code, or -1. */
    int indexOf(String code) {
        int i = Arrays.binarySearch(codes, code);
        return i >= 0 ? i : -1;
    }

    /** Years with at least one indicator value: the years an ИОР can be computed for. */
    SortedSet<Integer> years() {
        return years;
    }

    /** The value, or {@code NaN} when the school has none. */
    double indicatorValue(int schoolIndex, int year, String indicatorCode) {
        double[] column = indicatorColumn(year, indicatorCode);
        return column == null ? Double.NaN : column[schoolIndex];
    }

    /** The value, or {@code NaN} when the school has none. */
    double factorValue(int schoolIndex, int year, String factorCode) {
        double[] column = factorColumn(year, factorCode);
        return column == null ? Double.NaN : column[schoolIndex];
    }

    /** Shared, not copied: callers inside the package must not write to it. {@code null} when no school has it. */
    double[] indicatorColumn(int year, String code) {
        Map<String, double[]> byCode = indicators.get(year);
        return byCode == null ? null : byCode.get(code);
    }

    double[] factorColumn(int year, String code) {
        Map<String, double[]> byCode = factors.get(year);
        return byCode == null ? null : byCode.get(code);
    }

    /** Collects schools and values in any order; {@link #build()} sorts by school code. */
    public static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<School> schools = new ArrayList<>();
        private final Map<Integer, Map<String, double[]>> indicators = new HashMap<>();
        private final Map<Integer, Map<String, double[]>> factors = new HashMap<>();

        private Builder() {
        }

        public Builder school(String code, String municipalityCode, boolean advancedLevel) {
            return school(new School(code, municipalityCode, advancedLevel));
        }

        public Builder school(School school) {
            if (index.putIfAbsent(school.code(), schools.size()) != null) {
                throw new ComputationException(null, "Школа " + school.code() + " указана дважды");
            }
            schools.add(school);
            return this;
        }

        /** One row {@code school_code,year,indicator_code,value}; the school must have been added. */
        public Builder indicator(String schoolCode, int year, String indicatorCode, double value) {
            put(indicators, "показателя", schoolCode, year, indicatorCode, value);
            return this;
        }

        /** One row {@code school_code,year,factor_code,value}; the school must have been added. */
        public Builder factor(String schoolCode, int year, String factorCode, double value) {
            put(factors, "фактора", schoolCode, year, factorCode, value);
            return this;
        }

        private void put(Map<Integer, Map<String, double[]>> target, String what, String schoolCode, int year,
                         String code, double value) {
            Integer i = index.get(schoolCode);
            if (i == null) {
                throw new ComputationException(year, "Школа " + schoolCode + " не входит в когорту");
            }
            if (code == null || code.isBlank()) {
                throw new ComputationException(year, "Не указан код " + what + " для школы " + schoolCode);
            }
            if (!Double.isFinite(value)) {
                throw new ComputationException(year,
                        "Значение " + what + " " + code + " школы " + schoolCode + " не является числом");
            }
            Map<String, double[]> byCode = target.computeIfAbsent(year, y -> new HashMap<>());
            double[] column = byCode.get(code);
            int idx = i;
            if (column == null || column.length <= idx) {
                // grow lazily: schools may still be added after the first values
                int length = Math.max(Math.max(schools.size(), idx + 1), column == null ? 0 : column.length * 2);
                double[] grown = new double[length];
                Arrays.fill(grown, Double.NaN);
                if (column != null) {
                    System.arraycopy(column, 0, grown, 0, column.length);
                }
                column = grown;
                byCode.put(code, column);
            }
            if (!Double.isNaN(column[idx])) {
                throw new ComputationException(year, "Значение " + what + " " + code + " школы " + schoolCode
                        + " за " + year + " год указано дважды");
            }
            column[idx] = value;
        }

        public CohortData build() {
            int n = schools.size();
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = k;
            }
            // String.compareTo: locale-independent, so every machine sorts the same way
            Arrays.sort(order, Comparator.comparing(k -> schools.get(k).code()));
            List<School> sorted = new ArrayList<>(n);
            int[] from = new int[n];
            for (int k = 0; k < n; k++) {
                from[k] = order[k];
                sorted.add(schools.get(order[k]));
            }
            return new CohortData(List.copyOf(sorted), permute(indicators, from), permute(factors, from));
        }

        private static Map<Integer, Map<String, double[]>> permute(Map<Integer, Map<String, double[]>> source,
                                                                   int[] from) {
            Map<Integer, Map<String, double[]>> result = new TreeMap<>();
            source.forEach((year, byCode) -> {
                Map<String, double[]> columns = new HashMap<>();
                byCode.forEach((code, column) -> {
                    double[] permuted = new double[from.length];
                    for (int k = 0; k < from.length; k++) {
                        int old = from[k];
                        permuted[k] = old < column.length ? column[old] : Double.NaN;
                    }
                    columns.put(code, permuted);
                });
                result.put(year, columns);
            });
            return result;
        }
    }
}
