package ru.mentoring.web.dashboard;

import java.util.ArrayList;
import java.util.List;

import ru.mentoring.web.dashboard.Figure.Cell;
import ru.mentoring.web.dashboard.Overview.DynamicsRow;
import ru.mentoring.web.dashboard.Overview.SchoolDot;
import ru.mentoring.web.dashboard.Overview.TargetRow;
import ru.mentoring.web.dashboard.Overview.TrendRow;

/** The first four figures of the overview (targets, ШНОР, the scatter, the dynamics) as tables for their downloads. */
final class OverviewTables {

    private OverviewTables() {
    }

    /** Every figure of the overview, in the page's order. */
    static List<Figure> all(Overview o) {
        List<Figure> all = new ArrayList<>();
        all.add(targets(o));
        all.add(lowResults(o));
        all.add(schools(o));
        all.add(dynamics(o));
        all.addAll(o.figures());
        return all;
    }

    static Figure targets(Overview o) {
        List<String> headers = new ArrayList<>(List.of("Цель", "Целевое значение"));
        o.years().forEach(y -> headers.add(String.valueOf(y)));
        headers.addAll(List.of("Выполнена", "Тенденция"));
        List<List<Cell>> rows = new ArrayList<>();
        for (TargetRow t : o.targets()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(t.title()),
                    t.direction() != null ? Cell.text(t.direction()) : Cell.number(t.target(), 1)));
            t.values().forEach(v -> row.add(Cell.number(v, 1)));
            row.add(Cell.text(t.met() == null ? "нет данных" : t.met() ? "выполнена" : "не выполнена"));
            row.add(Cell.text(t.trend() == null ? "—" : t.trend()));
            rows.add(row);
        }
        return new Figure("targets", "Цели программы", headers, rows, o.targetsChart());
    }

    static Figure lowResults(Overview o) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TrendRow r : o.lowResults()) {
            rows.add(List.of(Cell.text(String.valueOf(r.year())), Cell.count((long) r.lowResults()), Cell.count((long) r.schools()),
                    Cell.number(r.sharePercent(), 1), Cell.number(r.changePercent(), 1),
                    Cell.text(r.targetMet() == null ? "—" : r.targetMet() ? "выполнено" : "не выполнено")));
        }
        return new Figure("low-results", "Школы с низкими образовательными результатами (ШНОР)", List.of("Год", "ШНОР", "Всего школ",
                "Доля, %", "Изменение числа ШНОР, %", "Снижение не менее чем на 40 % за год"), rows, o.lowResultsChart());
    }

    static Figure schools(Overview o) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SchoolDot s : o.schools()) {
            rows.add(List.of(Cell.text(s.name()), Cell.number(s.ior(), 3), Cell.number(s.isbsh(), 3), Cell.text(status(s.statuses()))));
        }
        return new Figure("schools", "Школы по ИОР и ИСБШ, " + o.year(), List.of("Школа", "ИОР", "ИСБШ", "Статус"), rows,
                o.scatterChart());
    }

    static Figure dynamics(Overview o) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DynamicsRow d : o.dynamics()) {
            rows.add(List.of(Cell.text(d.role()), Cell.text(d.item()), Cell.count(d.pairs() == null ? null : d.pairs().longValue()),
                    Cell.number(d.before(), 2), Cell.number(d.after(), 2), Cell.number(d.pValue(), 3),
                    Cell.text(d.significant() == null ? "—" : d.significant() ? "значимое" : "незначимое")));
        }
        return new Figure("dynamics", "Динамика до и после программы, " + o.year(), List.of("Кто", "Вопрос", "Пар ответов", "До",
                "После", "p (Уилкоксон)", "Изменение"), rows, o.dynamicsChart());
    }

    private static String status(String statuses) {
        return switch (OverviewService.group(statuses)) {
            case "BOTH" -> "ШНОР и ШНСУ";
            case "LOW" -> "ШНОР";
            case "SOCIAL" -> "ШНСУ";
            default -> "—";
        };
    }
}
