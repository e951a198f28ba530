package ru.mentoring.monitoring.assessment;

import java.util.List;

import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.round.MentoringForm;

/** The personal assessment (личностная оценка) as the API and the reports show it: counts only, never a person. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /**
     * @param satisfiedFrom       the joint-work threshold (answers of at least this count as satisfied)
     * @param resultSatisfiedFrom the result threshold
     */
    public record Assessment(int programmeYear, String municipalityCode, String schoolCode, MentoringForm form,
            int satisfiedFrom, int resultSatisfiedFrom, List<RoleTable> tables) {

        public RoleTable table(RespondentRole role) {
            return tables.stream().filter(t -> t.role() == role).findFirst().orElse(null);
        }
    }

    /**
     * One table of seed 004, appendix 2: «Личностная оценка наставляемых» or «... наставников».
     *
     * @param respondents                  «Всего участников»: people who answered the after form (once each)
     * @param satisfiedWithJointWork       «Довольны совместной работой»
     * @param satisfiedWithResult          «Довольны результатом»
     * @param characteristics              the table's rows: how many marked each characteristic («да»)
     * @param bySchool                     the same counts per school of the scope
     * @param byForm                       the same counts per form of mentoring
     */
    public record RoleTable(RespondentRole role, String title, long respondents, long satisfiedWithJointWork,
            Double satisfiedWithJointWorkPercent, long satisfiedWithResult, Double satisfiedWithResultPercent,
            List<Characteristic> characteristics, List<Breakdown> bySchool, List<Breakdown> byForm) {
    }

    public record Characteristic(String itemKey, String characteristic, long marked, Double percent) {
    }

    /** @param key a school code or a form code ({@code null}: rounds opened without a form) */
    public record Breakdown(String key, String label, long respondents, long satisfiedWithJointWork,
            Double satisfiedWithJointWorkPercent, long satisfiedWithResult, Double satisfiedWithResultPercent) {
    }
}
