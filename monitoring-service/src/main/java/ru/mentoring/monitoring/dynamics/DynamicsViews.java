package ru.mentoring.monitoring.dynamics;

import java.util.List;
import java.util.Set;

import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.round.MentoringForm;
import ru.mentoring.monitoring.stats.PairedChange;
import ru.mentoring.platform.privacy.SmallCells;

/** Dynamics before/after as the API and the reports show them: per item, over people who answered both forms. */
public final class DynamicsViews {

    /** How the change is tested and what is compared, for a coordinator (the reports print it). */
    public static final String METHOD_NOTE = "Сравниваются ответы одних и тех же участников до и после программы "
            + "на вопросы, которые измеряют одно и то же: ожидание до программы и опыт после неё. Для каждого вопроса "
            + "применяется критерий знаковых рангов Уилкоксона (двусторонний): у каждого участника берётся разность "
            + "оценок «после − до», участники с неизменившейся оценкой не учитываются, оставшиеся разности "
            + "упорядочиваются по величине, и проверяется, могли ли повышения перевесить снижения случайно. "
            + "Если изменившихся оценок не больше " + PairedChange.EXACT_UP_TO + ", значение p вычисляется точно, "
            + "если больше — по нормальному приближению с поправкой на непрерывность. Изменение значимо при p < 0,05. "
            + "Вопросы анкеты «до» о том, насколько участнику что-то важно, измеряют не то же, что вопросы «после» "
            + "о том, как было: их средние приведены рядом справочно и как изменение не оцениваются.";

    private DynamicsViews() {
    }

    public record Dynamics(int programmeYear, String municipalityCode, String schoolCode, MentoringForm form,
            double significanceLevel, String method, List<RoleDynamics> tables) {

        public RoleDynamics table(RespondentRole role) {
            return tables.stream().filter(t -> t.role() == role).findFirst().orElse(null);
        }

        /** The same dynamics with the tables of these roles hidden whole. */
        public Dynamics withTablesHidden(Set<RespondentRole> roles) {
            return new Dynamics(programmeYear, municipalityCode, schoolCode, form, significanceLevel, method,
                    tables.stream().map(t -> roles.contains(t.role()) ? t.hiddenWhole() : t).toList());
        }

        /** The dynamics as this reader may see them: a table or item over 1–4 people hidden. */
        public Dynamics shownTo(SmallCells.Reader reader) {
            if (!reader.hidesSmallCells()) {
                return this;
            }
            return new Dynamics(programmeYear, municipalityCode, schoolCode, form, significanceLevel, method,
                    tables.stream().map(t -> t.shownTo(reader)).toList());
        }
    }

    /**
     * @param people     persons of this role who answered both the before and the after form of the year
     * @param items      the items that measure the same thing before and after: the change, tested
     * @param context    the after items whose before partner asks how important it is: side by side, not a change
     * @param suppressed {@code people} is 1–4: it and every item are null for a reader without exact figures
     */
    public record RoleDynamics(RespondentRole role, String title, Long people, List<ItemDynamics> items,
            List<ContextItem> context, boolean suppressed) {

        public RoleDynamics(RespondentRole role, String title, long people, List<ItemDynamics> items,
                List<ContextItem> context) {
            this(role, title, people, items, context, false);
        }

        RoleDynamics hiddenWhole() {
            return new RoleDynamics(role, title, null, items.stream().map(ItemDynamics::hidden).toList(),
                    context.stream().map(ContextItem::hidden).toList(), true);
        }

        RoleDynamics shownTo(SmallCells.Reader reader) {
            boolean hide = reader.hides(people);
            return new RoleDynamics(role, title, reader.shown(people, hide),
                    items.stream().map(i -> hide || reader.hides(i.pairs()) ? i.hidden() : i).toList(),
                    context.stream().map(c -> hide || reader.hides(c.people()) ? c.hidden() : c).toList(), hide);
        }
    }

    /**
     * An after item beside its before partner that asks how important the same thing is: the two
     * means, over the people who answered both, side by side; no change and no test.
     *
     * @param text            the item as asked after the programme
     * @param beforeText      the importance item asked before
     * @param meanImportance  mean answer to the importance item before
     * @param meanAfter       mean answer to the item after
     */
    public record ContextItem(String itemKey, String text, String beforeText, Integer people, Double meanImportance,
            Double meanAfter, boolean suppressed) {

        ContextItem hidden() {
            return new ContextItem(itemKey, text, beforeText, null, null, null, true);
        }
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
     * @param suppressed  {@code pairs} is 1–4: every figure is null for a reader without exact figures
     */
    public record ItemDynamics(String itemKey, String text, String beforeText, Integer pairs, Double meanBefore,
            Double meanAfter, Double change, Integer improved, Double improvedPercent, Integer unchanged, Integer worsened,
            Double pValue, PairedChange.Method method, Boolean significant, boolean suppressed) {

        ItemDynamics hidden() {
            return new ItemDynamics(itemKey, text, beforeText, null, null, null, null, null, null, null, null, null, null,
                    null, true);
        }
    }
}
