package ru.mentoring.monitoring.dynamics;

import java.util.List;

import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.round.MentoringForm;
import ru.mentoring.monitoring.stats.PairedChange;

/** Dynamics before/after as the API and the reports show them: per item, over people who answered both forms. */
public final class DynamicsViews {

    /** How the p-values are obtained, as the report states it. */
    public static final String METHOD_NOTE = "Критерий знаковых рангов Уилкоксона (двусторонний, commons-math3): "
            + "нулевые разности исключаются; при числе ненулевых разностей до " + PairedChange.EXACT_UP_TO
            + " — точное значение p, при большем — нормальная аппроксимация с поправкой на непрерывность. "
            + "Изменение значимо при p < 0,05.";

    private DynamicsViews() {
    }

    public record Dynamics(int programmeYear, String municipalityCode, String schoolCode, MentoringForm form,
            double significanceLevel, String method, List<RoleDynamics> tables) {

        public RoleDynamics table(RespondentRole role) {
            return tables.stream().filter(t -> t.role() == role).findFirst().orElse(null);
        }
    }

    /** @param people persons of this role who answered both the before and the after form of the year */
    public record RoleDynamics(RespondentRole role, String title, long people, List<ItemDynamics> items) {
    }

    /**
     * One paired scale item.
     *
     * @param text        the item as asked after the programme
     * @param beforeText  the same item as asked before
     * @param pairs       people with a score at both stages
     * @param change      mean after − mean before
     * @param improvedPercent share of the pairs whose score rose
     * @param pValue      Wilcoxon signed-rank, two-sided; null when no score changed
     */
    public record ItemDynamics(String itemKey, String text, String beforeText, int pairs, Double meanBefore,
            Double meanAfter, Double change, int improved, Double improvedPercent, int unchanged, int worsened,
            Double pValue, PairedChange.Method method, Boolean significant) {
    }
}
