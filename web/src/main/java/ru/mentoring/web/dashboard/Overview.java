package ru.mentoring.web.dashboard;

import java.util.List;

/**
 * What the overview page shows; every chart has its table's rows beside it.
 *
 * @param year     the programme year shown (the latest with a classification run, or the one asked for)
 * @param years    the years of the targets' table, oldest first
 * @param figures  the further figures (pairs, participants, banks, satisfaction, the plan), each with its table
 * @param missing  what could not be read (a service did not answer), in Russian; the rest is shown
 */
public record Overview(int year, List<Integer> years, List<TargetRow> targets, String targetsChart, List<TrendRow> lowResults,
        String lowResultsChart, List<SchoolDot> schools, String scatterChart, List<DynamicsRow> dynamics, String dynamicsChart,
        List<Figure> figures, List<String> missing) {

    /**
     * One target of the programme: its value per year ({@link #years}), the latest met or not.
     *
     * @param direction a learners' target's expected change (seed 003: «значимый рост», «значимое снижение»),
     *                  its goal instead of a number; null for a target with a threshold
     */
    public record TargetRow(String title, double target, String unit, List<Double> values, Boolean met, String trend,
            String direction) {
    }

    public record TrendRow(int year, int lowResults, int schools, Double sharePercent, Double changePercent, Boolean targetMet) {
    }

    public record SchoolDot(String code, String name, double ior, double isbsh, String statuses) {
    }

    public record DynamicsRow(String role, String item, Integer pairs, Double before, Double after, Double pValue,
            Boolean significant) {
    }
}
