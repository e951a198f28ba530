package ru.mentoring.monitoring.dynamics;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.dynamics.BeforeAfterTable.Count;
import ru.mentoring.monitoring.dynamics.DynamicsViews.ContextItem;
import ru.mentoring.monitoring.dynamics.DynamicsViews.ItemDynamics;
import ru.mentoring.monitoring.dynamics.DynamicsViews.RoleDynamics;
import ru.mentoring.monitoring.questionnaire.Comparison;
import ru.mentoring.monitoring.questionnaire.ItemType;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.questionnaire.Stage;
import ru.mentoring.monitoring.questionnaire.TemplateView;
import ru.mentoring.monitoring.questionnaire.TemplateView.ItemView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dynamics table from hand-made counts. Five people: «comfort» (expectation → experience)
 * before 4, 5, 5, 6, 6 and after 7, 7, 5, 8, 9 — four rose, one stayed; importance of support
 * before 10, 10, 9, 9, 9 and the support felt after 6, 7, 7, 8, 8.
 */
class BeforeAfterTableTest {

    static final TemplateView BEFORE = new TemplateView(1, "MENTEE_BEFORE", 1, "Анкета", null, RespondentRole.MENTEE,
            Stage.BEFORE, "MENTEE_AFTER", null, List.of(
                    scale("comfort", 1, "Ожидаемый уровень комфорта", "comfort", null),
                    scale("mentor_support", 2, "Насколько Вам важно ощущение поддержки наставника?", "mentor_support", null)));
    static final TemplateView AFTER = new TemplateView(2, "MENTEE_AFTER", 1, "Анкета", null, RespondentRole.MENTEE,
            Stage.AFTER, "MENTEE_BEFORE", null, List.of(
                    scale("comfort", 1, "Насколько комфортно было?", "comfort", Comparison.CHANGE),
                    scale("mentor_support", 2, "Ощущение поддержки наставника", "mentor_support", Comparison.CONTEXT)));

    static ItemView scale(String key, int position, String text, String paired, Comparison comparison) {
        return new ItemView(key, position, text, ItemType.SCALE_1_10, true, List.of(), paired, null, comparison);
    }

    static final Map<String, List<Count>> SCORES = Map.of(
            "comfort", List.of(new Count(4, 7, 1), new Count(5, 7, 1), new Count(5, 5, 1), new Count(6, 8, 1), new Count(6, 9, 1)),
            "mentor_support", List.of(new Count(10, 6, 1), new Count(10, 7, 1), new Count(9, 7, 1), new Count(9, 8, 2)));

    @Test
    void anExpectationAndAnExperienceOfTheSameThingAreAChangeWithTheWilcoxonTest() {
        RoleDynamics t = BeforeAfterTable.table(RespondentRole.MENTEE, "Динамика", 5, SCORES, AFTER, BEFORE);
        assertThat(t.items()).extracting(ItemDynamics::itemKey).containsExactly("comfort");
        ItemDynamics comfort = t.items().getFirst();
        // 26/5 = 5.2 → 36/5 = 7.2; four positive differences 3, 2, 2, 3 (ranks 3.5, 1.5, 1.5, 3.5), one zero dropped
        assertThat(comfort.pairs()).isEqualTo(5);
        assertThat(comfort.meanBefore()).isEqualTo(5.2);
        assertThat(comfort.meanAfter()).isEqualTo(7.2);
        assertThat(comfort.change()).isEqualTo(2.0);
        assertThat(comfort.improved()).isEqualTo(4);
        assertThat(comfort.unchanged()).isEqualTo(1);
        assertThat(comfort.beforeText()).isEqualTo("Ожидаемый уровень комфорта");
        // all four signs positive: exact two-sided p = 2/16
        assertThat(comfort.pValue()).isCloseTo(0.125, within(1e-12));
    }

    @Test
    void anImportanceItemIsShownBesideItsAfterItemAndNeverAsAChange() {
        RoleDynamics t = BeforeAfterTable.table(RespondentRole.MENTEE, "Динамика", 5, SCORES, AFTER, BEFORE);
        assertThat(t.items()).extracting(ItemDynamics::itemKey).doesNotContain("mentor_support");
        assertThat(t.context()).hasSize(1);
        ContextItem support = t.context().getFirst();
        // importance 47/5 = 9.4, support felt 36/5 = 7.2; a "fall" of 2.2 that is not a fall: different questions
        assertThat(support.itemKey()).isEqualTo("mentor_support");
        assertThat(support.people()).isEqualTo(5);
        assertThat(support.meanImportance()).isEqualTo(9.4);
        assertThat(support.meanAfter()).isEqualTo(7.2);
        assertThat(support.beforeText()).isEqualTo("Насколько Вам важно ощущение поддержки наставника?");
        assertThat(support.text()).isEqualTo("Ощущение поддержки наставника");
    }

    @Test
    void anItemTheLatestFormNoLongerHasIsStillAChange() {
        RoleDynamics t = BeforeAfterTable.table(RespondentRole.MENTEE, "Динамика", 1,
                Map.of("old_item", List.of(new Count(3, 5, 1))), AFTER, BEFORE);
        assertThat(t.items()).extracting(ItemDynamics::itemKey).containsExactly("comfort", "old_item");
        assertThat(t.items().get(1).change()).isEqualTo(2.0);
        assertThat(t.context()).extracting(ContextItem::itemKey).containsExactly("mentor_support");
    }

    @Test
    void theMethodTextIsForACoordinatorAndNamesNoLibrary() {
        assertThat(DynamicsViews.METHOD_NOTE).contains("Уилкоксона").contains("p < 0,05")
                .contains("как изменение не оцениваются").doesNotContain("commons").doesNotContain("math3");
    }
}
