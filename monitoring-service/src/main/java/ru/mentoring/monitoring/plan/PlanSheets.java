package ru.mentoring.monitoring.plan;

import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.plan.PlanViews.EventView;
import ru.mentoring.monitoring.plan.PlanViews.Plan;

/** A plan of events as a worksheet, in the seed's columns (section 6), status and evidence, then the centre's activity and place (appendix 1). */
public final class PlanSheets {

    private PlanSheets() {
    }

    public static SheetTable of(Plan plan) {
        String whose = plan.plan().schoolCode() == null ? "муниципалитет " + plan.plan().municipalityCode()
                : "школа " + plan.plan().schoolCode();
        SheetTable sheet = SheetTable.of("План мероприятий", "План мероприятий (дорожная карта) на " + plan.plan().programmeYear()
                        + " год: " + whose, "Этап", "Название мероприятия", "Форма проведения", "Сроки проведения", "Срок (дата)",
                "Ответственный", "Результат", "Статус", "Просрочено", "Подтверждение", "Ссылка", "Вид деятельности", "Место проведения");
        for (EventView e : plan.events()) {
            sheet.row(e.stageTitle(), e.event(), e.form(), e.monthText(), e.dueDate() == null ? null : e.dueDate().toString(),
                    e.responsible(), e.expectedResult(), e.statusLabel(), e.overdue(), e.evidence(), e.evidenceUrl(),
                    e.activityLabel(), e.place());
        }
        return sheet;
    }
}
