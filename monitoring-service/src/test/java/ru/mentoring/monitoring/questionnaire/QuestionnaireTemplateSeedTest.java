package ru.mentoring.monitoring.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.monitoring.TestSchools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;

/** The four questionnaires of seed 004, appendix 2, as Liquibase wrote them (embedded PostgreSQL). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class QuestionnaireTemplateSeedTest {

    private final MockMvc mvc;

    private final QuestionnaireService questionnaires;

    QuestionnaireTemplateSeedTest(MockMvc mvc, QuestionnaireService questionnaires) {
        this.mvc = mvc;
        this.questionnaires = questionnaires;
    }

    @Test
    void theFourQuestionnairesOfAppendixTwoAreListedWithTheirStageAndRole() throws Exception {
        mvc.perform(get("/api/monitoring/questionnaires").with(coordinator("qs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].code", containsInAnyOrder("MENTEE_BEFORE", "MENTOR_BEFORE", "MENTEE_AFTER", "MENTOR_AFTER")))
                .andExpect(jsonPath("$[?(@.code == 'MENTEE_BEFORE')].respondentRole").value("MENTEE"))
                .andExpect(jsonPath("$[?(@.code == 'MENTEE_BEFORE')].stage").value("BEFORE"))
                .andExpect(jsonPath("$[?(@.code == 'MENTEE_BEFORE')].pairedTemplateCode").value("MENTEE_AFTER"))
                .andExpect(jsonPath("$[?(@.code == 'MENTEE_BEFORE')].itemCount").value(14))
                .andExpect(jsonPath("$[?(@.code == 'MENTOR_BEFORE')].itemCount").value(14))
                .andExpect(jsonPath("$[?(@.code == 'MENTEE_AFTER')].itemCount").value(25))
                .andExpect(jsonPath("$[?(@.code == 'MENTOR_AFTER')].itemCount").value(23))
                .andExpect(jsonPath("$[?(@.code == 'MENTOR_AFTER')].version").value(2))
                .andExpect(jsonPath("$[?(@.code == 'MENTOR_AFTER')].title").value("Анкета наставника"))
                .andExpect(jsonPath("$[?(@.code == 'MENTOR_AFTER')].subtitle").value("Второй подэтап – по завершению проекта"));
    }

    @Test
    void itemTextsAreTheSeedsWordsAndPunctuation() {
        assertThat(text("MENTEE_BEFORE", "prior_experience")).isEqualTo("Сталкивались ли Вы раньше с программой наставничества?");
        assertThat(text("MENTEE_BEFORE", "joint_work_satisfaction"))
                .isEqualTo("Насколько Вам важно, чтобы Вы остались довольны совместной работой?");
        assertThat(text("MENTEE_BEFORE", "organisational_events")).isEqualTo("Ожидаемое качество организационных мероприятий "
                + "(знакомство с коллективом, рабочим местом, должностными обязанностями и квалификационными требованиями)");
        assertThat(text("MENTOR_BEFORE", "comfort")).isEqualTo("Ожидаемый комфорт от работы в программе наставничества?");
        assertThat(text("MENTOR_BEFORE", "theory_mastery")).isEqualTo(
                "Как Вы думаете, насколько хорошо с Вашей помощью наставляемый овладеет необходимыми теоретическими знаниями?");
        assertThat(text("MENTEE_AFTER", "joint_work_satisfaction")).isEqualTo("Насколько Вы довольны вашей совместной работой?");
        assertThat(text("MENTEE_AFTER", "expectations_met")).isEqualTo("Насколько оправдались Ваши ожидания?");
        assertThat(text("MENTEE_AFTER", "missing")).isEqualTo("Чего Вам не хватило в программе и/или что хотелось бы изменить?");
        assertThat(text("MENTEE_AFTER", "fewer_conflicts")).isEqualTo("Заметили ли Вы сокращение числа конфликтов с педагогическим "
                + "и родительским сообществом благодаря программе наставничества?");
        assertThat(text("MENTOR_AFTER", "fewer_conflicts")).isEqualTo("Заметили ли Вы сокращение числа конфликтов с педагогическим "
                + "и родительским сообществами благодаря программе наставничества?");
        assertThat(text("MENTOR_AFTER", "own_professional_work")).isEqualTo(
                "Появилось ли у Вас желание и/или силы реализовывать собственные профессиональные работы: статьи, исследования?");
        // the seed omits the closing parenthesis here; the text keeps the seed's wording as it is
        assertThat(text("MENTOR_AFTER", "organisational_events")).isEqualTo("Насколько эффективно удалось организовать мероприятия "
                + "(знакомство с коллективом, рабочим местом, должностными обязанностями и квалификационными требованиями");
    }

    @Test
    void itemsKeepTheSeedsOrderTypesAndRequiredFlags() {
        TemplateView menteeBefore = questionnaires.latest("MENTEE_BEFORE");
        assertThat(menteeBefore.items()).extracting(TemplateView.ItemView::key).startsWith("prior_experience",
                "prior_experience_where", "programme_effectiveness").endsWith("expectations", "valuable", "glad_to_participate");
        assertThat(menteeBefore.items()).extracting(TemplateView.ItemView::position).containsExactly(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(menteeBefore.item("prior_experience").orElseThrow().type()).isEqualTo(ItemType.YES_NO);
        assertThat(menteeBefore.item("prior_experience_where").orElseThrow().required()).isFalse();
        assertThat(menteeBefore.items().stream().filter(i -> i.type() == ItemType.SCALE_1_10)).hasSize(9)
                .allMatch(TemplateView.ItemView::required);
        assertThat(menteeBefore.instruction())
                .isEqualTo("Оцените в баллах от 1 до 10, где 1 – самый низший балл, а 10 – самый высокий.");

        TemplateView.ItemView frequency = questionnaires.latest("MENTOR_BEFORE").item("skills_events_frequency").orElseThrow();
        assertThat(frequency.type()).isEqualTo(ItemType.FREQUENCY);
        assertThat(frequency.options()).containsExactly("очень часто", "часто", "редко", "1–2 раза", "никогда");
    }

    @Test
    void everyScaleItemAskedBeforeHasItsPartnerAfterAndThePairingRunsBothWays() {
        for (String[] stages : new String[][] {{"MENTEE_BEFORE", "MENTEE_AFTER"}, {"MENTOR_BEFORE", "MENTOR_AFTER"}}) {
            TemplateView before = questionnaires.latest(stages[0]);
            TemplateView after = questionnaires.latest(stages[1]);
            assertThat(before.pairedTemplateCode()).isEqualTo(after.code());
            assertThat(after.pairedTemplateCode()).isEqualTo(before.code());
            Map<String, TemplateView.ItemView> afterByKey = after.items().stream()
                    .collect(Collectors.toMap(TemplateView.ItemView::key, Function.identity()));
            List<TemplateView.ItemView> scales = before.items().stream().filter(i -> i.type() == ItemType.SCALE_1_10).toList();
            assertThat(scales).isNotEmpty();
            for (TemplateView.ItemView item : scales) {
                assertThat(item.pairedItemKey()).as("%s %s has an after partner", stages[0], item.key()).isNotNull();
                TemplateView.ItemView partner = afterByKey.get(item.pairedItemKey());
                assertThat(partner).as("%s has %s", stages[1], item.pairedItemKey()).isNotNull();
                assertThat(partner.type()).isEqualTo(ItemType.SCALE_1_10);
                assertThat(partner.pairedItemKey()).isEqualTo(item.key());
            }
        }
        // the same question, worded for before and for after
        assertThat(pairOf("MENTEE_BEFORE", "MENTEE_AFTER", "comfort")).containsExactly(
                "Ожидаемый уровень комфорта при участии в программе наставничества",
                "Насколько комфортно было работать в программе наставничества?");
        assertThat(pairOf("MENTOR_BEFORE", "MENTOR_AFTER", "mentee_engagement")).containsExactly(
                "Ожидаемая включенность наставляемого в процесс", "Включенность наставляемого в процесс");
        // asked only after: no partner is invented
        assertThat(questionnaires.latest("MENTEE_AFTER").item("practice_transfer").orElseThrow().pairedItemKey()).isNull();
        assertThat(questionnaires.latest("MENTEE_AFTER").item("expectations_met").orElseThrow().pairedItemKey()).isNull();
    }

    @Test
    void yesNoItemsOfTheAfterFormsNameTheirRowOfThePersonalAssessmentTable() {
        assertThat(questionnaires.latest("MENTEE_AFTER").item("liked_participating").orElseThrow().characteristic())
                .isEqualTo("Понравилось участвовать в программе");
        assertThat(questionnaires.latest("MENTOR_AFTER").items().stream().filter(i -> i.characteristic() != null)).hasSize(7);
        assertThat(questionnaires.latest("MENTEE_AFTER").items().stream().filter(i -> i.characteristic() != null)).hasSize(8);
    }

    @Test
    void theMentorsSecondAfterVersionAsksAboutTheirTrainingFirstAmongTheTablesRowsAndKeepsTheRestWordForWord() {
        TemplateView v2 = questionnaires.latest("MENTOR_AFTER");
        TemplateView v1 = questionnaires.version("MENTOR_AFTER", 1);
        assertThat(v2.version()).isEqualTo(2);
        TemplateView.ItemView training = v2.item("mentor_training_sufficient").orElseThrow();
        assertThat(training.characteristic()).isEqualTo("Достаточность и понятность обучения наставников");
        assertThat(training.type()).isEqualTo(ItemType.YES_NO);
        assertThat(v2.items().stream().filter(i -> i.characteristic() != null).findFirst().orElseThrow().key())
                .isEqualTo("mentor_training_sufficient");
        assertThat(v1.item("mentor_training_sufficient")).isEmpty();
        for (TemplateView.ItemView old : v1.items()) {
            TemplateView.ItemView now = v2.item(old.key()).orElseThrow();
            assertThat(List.of(now.text(), now.type(), now.required(), String.valueOf(now.pairedItemKey()),
                    String.valueOf(now.characteristic()), String.valueOf(now.comparison())))
                    .isEqualTo(List.of(old.text(), old.type(), old.required(), String.valueOf(old.pairedItemKey()),
                            String.valueOf(old.characteristic()), String.valueOf(old.comparison())));
        }
        assertThat(v2.items()).extracting(TemplateView.ItemView::position).doesNotHaveDuplicates().hasSize(23);
    }

    @Test
    void importanceItemsAskedBeforeAreContextAndExpectationsAreChanges() {
        TemplateView menteeAfter = questionnaires.latest("MENTEE_AFTER");
        assertThat(menteeAfter.item("mentor_support").orElseThrow().comparison()).isEqualTo(Comparison.CONTEXT);
        assertThat(menteeAfter.item("joint_work_satisfaction").orElseThrow().comparison()).isEqualTo(Comparison.CONTEXT);
        assertThat(menteeAfter.item("comfort").orElseThrow().comparison()).isEqualTo(Comparison.CHANGE);
        // the mentor's «Ожидаемый уровень удовлетворения совместной работой» is an expectation: a change
        assertThat(questionnaires.latest("MENTOR_AFTER").item("joint_work_satisfaction").orElseThrow().comparison())
                .isEqualTo(Comparison.CHANGE);
        assertThat(menteeAfter.item("practice_transfer").orElseThrow().comparison()).isNull();
        assertThat(questionnaires.latest("MENTEE_BEFORE").items()).allMatch(i -> i.comparison() == null);
    }

    @Test
    void anAskedForVersionIsReturnedAndAnUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/api/monitoring/questionnaires/MENTOR_AFTER").param("version", "1").with(departmentViewer("qs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.items[0].key").value("prior_experience"))
                .andExpect(jsonPath("$.items[0].text").value("Сталкивались ли Вы раньше с программой наставничества?"));
        mvc.perform(get("/api/monitoring/questionnaires/NO_SUCH").with(coordinator("qs")))
                .andExpect(status().isNotFound());
    }

    @Test
    void questionnairesNeedAToken() throws Exception {
        mvc.perform(get("/api/monitoring/questionnaires")).andExpect(status().isUnauthorized());
    }

    private String text(String code, String key) {
        return questionnaires.latest(code).item(key).orElseThrow().text();
    }

    private List<String> pairOf(String before, String after, String key) {
        return List.of(text(before, key), text(after, key));
    }
}
