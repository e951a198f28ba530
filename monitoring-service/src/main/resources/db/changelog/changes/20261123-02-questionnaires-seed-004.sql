--liquibase formatted sql

-- The four questionnaires of seed 004 («Программа о муниципальном наставническом центре»),
-- Приложение № 2, «Мониторинг влияния программ наставничества на всех участников».
--
-- Item texts are the seed's words and punctuation. Only artefacts of the document's text
-- extraction were removed: tabs, line breaks and double spaces inside a sentence, the answer
-- markers ("[да/нет]", the 1..10 row, the option list) and a page number. Consequences:
--   * mentee before has no item 9 in the seed: none is invented;
--   * mentor before prints item 14 twice (once as the frequency table): one item;
--   * mentor after item 5 lacks its closing parenthesis in the seed: kept as written;
--   * mentor after item 13 is extracted as "13.? Насколько Ваши  оправдались ожидания" (words and
--     "?" out of place); stored as the same question of the mentee form, «Насколько оправдались
--     Ваши ожидания?», which is also the wording domain.md section 4 names for both roles.
-- Frequency items take the five options of ItemType.FREQUENCY; the seed's mentee-after table
-- prints four of them (no «1–2 раза»), the domain guide lists five for every frequency item.
--
-- item_key: the same question carries the same key before and after; paired_item_key names the
-- partner in the paired template (null: asked at one stage only). Dynamics pair scale items by it.
-- Personal assessment (личностная оценка) reads joint_work_satisfaction and expectations_met of the
-- after forms and counts yes answers of items that carry a characteristic (the table's row).
-- The mentor table's «Достаточность и понятность обучения наставников» has no question in the
-- seed's forms, so no item carries it.

--changeset monitoring:20261123-02-mentee-before
insert into questionnaire_template (code, version, title, subtitle, respondent_role, stage, paired_template_code, instruction, source)
values ('MENTEE_BEFORE', 1, 'Анкета наставляемого', 'Первый подэтап – до начала работы', 'MENTEE', 'BEFORE', 'MENTEE_AFTER',
        'Оцените в баллах от 1 до 10, где 1 – самый низший балл, а 10 – самый высокий.', 'seed 004, Приложение № 2');
insert into questionnaire_item (template_id, position, item_key, item_type, required, paired_item_key, characteristic, text)
select t.id, v.position, v.item_key, v.item_type, v.required, v.paired_item_key, v.characteristic, v.text
from questionnaire_template t,
     (values
        (1,  'prior_experience',             'YES_NO',     true,  'prior_experience',             null, 'Сталкивались ли Вы раньше с программой наставничества?'),
        (2,  'prior_experience_where',       'FREE_TEXT',  false, 'prior_experience_where',       null, 'Если да, то где?'),
        (3,  'programme_effectiveness',      'SCALE_1_10', true,  'programme_effectiveness',      null, 'Эффективность программы наставничества'),
        (4,  'comfort',                      'SCALE_1_10', true,  'comfort',                      null, 'Ожидаемый уровень комфорта при участии в программе наставничества'),
        (5,  'organisational_events',        'SCALE_1_10', true,  'organisational_events',        null, 'Ожидаемое качество организационных мероприятий (знакомство с коллективом, рабочим местом, должностными обязанностями и квалификационными требованиями)'),
        (6,  'adaptation_usefulness',        'SCALE_1_10', true,  'adaptation_usefulness',        null, 'Ожидаемая полезность программы профессиональной и должностной адаптации'),
        (7,  'skills_events',                'SCALE_1_10', true,  'skills_events',                null, 'Ожидаемая польза организованных для Вас мероприятий по развитию конкретных профессиональных навыков (посещение и ведение открытых уроков, семинары, вебинары, участие в конкурсах)'),
        (8,  'theory_transfer',              'SCALE_1_10', true,  'theory_transfer',              null, 'Ожидаемое качество передачи Вам необходимых теоретических знаний'),
        (9,  'adaptation_programme_quality', 'SCALE_1_10', true,  'adaptation_programme_quality', null, 'Ожидаемое качество программы профессиональной адаптации'),
        (10, 'mentor_support',               'SCALE_1_10', true,  'mentor_support',               null, 'Насколько Вам важно ощущение поддержки наставника?'),
        (11, 'joint_work_satisfaction',      'SCALE_1_10', true,  'joint_work_satisfaction',      null, 'Насколько Вам важно, чтобы Вы остались довольны совместной работой?'),
        (12, 'expectations',                 'FREE_TEXT',  false, 'expectations',                 null, 'Что Вы ожидаете от программы и своей роли?'),
        (13, 'valuable',                     'FREE_TEXT',  false, 'valuable',                     null, 'Что особенно ценно для Вас в программе?'),
        (14, 'glad_to_participate',          'YES_NO',     true,  null,                           null, 'Рады ли Вы участвовать в программе?')
     ) as v (position, item_key, item_type, required, paired_item_key, characteristic, text)
where t.code = 'MENTEE_BEFORE' and t.version = 1;

--changeset monitoring:20261123-02-mentor-before
insert into questionnaire_template (code, version, title, subtitle, respondent_role, stage, paired_template_code, instruction, source)
values ('MENTOR_BEFORE', 1, 'Анкета наставника', 'Первый подэтап – до начала работы', 'MENTOR', 'BEFORE', 'MENTOR_AFTER',
        'Оцените в баллах от 1 до 10, где 1 – самый низший балл, а 10 – самый высокий.', 'seed 004, Приложение № 2');
insert into questionnaire_item (template_id, position, item_key, item_type, required, paired_item_key, characteristic, text)
select t.id, v.position, v.item_key, v.item_type, v.required, v.paired_item_key, v.characteristic, v.text
from questionnaire_template t,
     (values
        (1,  'prior_experience',             'YES_NO',     true,  'prior_experience',             null, 'Сталкивались ли Вы раньше с программой наставничества?'),
        (2,  'prior_experience_where',       'FREE_TEXT',  false, 'prior_experience_where',       null, 'Если да, то где?'),
        (3,  'programme_effectiveness',      'SCALE_1_10', true,  'programme_effectiveness',      null, 'Ожидаемая эффективность программы наставничества'),
        (4,  'comfort',                      'SCALE_1_10', true,  'comfort',                      null, 'Ожидаемый комфорт от работы в программе наставничества?'),
        (5,  'organisational_events',        'SCALE_1_10', true,  'organisational_events',        null, 'Насколько эффективно Вы сможете организовать мероприятия (знакомство с коллективом, рабочим местом, должностными обязанностями и квалификационными требованиями)'),
        (6,  'adaptation_effectiveness',     'SCALE_1_10', true,  'adaptation_effectiveness',     null, 'Ожидаемая эффективность программы профессиональной и должностной адаптации'),
        (7,  'theory_mastery',               'SCALE_1_10', true,  'theory_mastery',               null, 'Как Вы думаете, насколько хорошо с Вашей помощью наставляемый овладеет необходимыми теоретическими знаниями?'),
        (8,  'practice_mastery',             'SCALE_1_10', true,  'practice_mastery',             null, 'Как Вы думаете, насколько хорошо с Вашей помощью наставляемый овладеет необходимыми практическими навыками?'),
        (9,  'adaptation_programme_quality', 'SCALE_1_10', true,  'adaptation_programme_quality', null, 'Ожидаемое качество разработанной Вами программы профессиональной адаптации'),
        (10, 'mentee_engagement',            'SCALE_1_10', true,  'mentee_engagement',            null, 'Ожидаемая включенность наставляемого в процесс'),
        (11, 'joint_work_satisfaction',      'SCALE_1_10', true,  'joint_work_satisfaction',      null, 'Ожидаемый уровень удовлетворения совместной работой'),
        (12, 'expectations',                 'FREE_TEXT',  false, 'expectations',                 null, 'Что Вы ожидаете от программы и своей роли?'),
        (13, 'valuable',                     'FREE_TEXT',  false, 'valuable',                     null, 'Что особенно ценно для Вас в программе?'),
        (14, 'skills_events_frequency',      'FREQUENCY',  true,  'skills_events_frequency',      null, 'Как часто Вы собираетесь проводить мероприятия по развитию конкретных профессиональных навыков (посещение и ведение открытых уроков, семинары, вебинары, участие в конкурсах)')
     ) as v (position, item_key, item_type, required, paired_item_key, characteristic, text)
where t.code = 'MENTOR_BEFORE' and t.version = 1;

--changeset monitoring:20261123-02-mentee-after
insert into questionnaire_template (code, version, title, subtitle, respondent_role, stage, paired_template_code, instruction, source)
values ('MENTEE_AFTER', 1, 'Анкета наставляемого', 'Второй подэтап – по завершению проекта', 'MENTEE', 'AFTER', 'MENTEE_BEFORE',
        'Оцените в баллах от 1 до 10, где 1 – самый низший балл, а 10 – самый высокий.', 'seed 004, Приложение № 2');
insert into questionnaire_item (template_id, position, item_key, item_type, required, paired_item_key, characteristic, text)
select t.id, v.position, v.item_key, v.item_type, v.required, v.paired_item_key, v.characteristic, v.text
from questionnaire_template t,
     (values
        (1,  'prior_experience',             'YES_NO',     true,  'prior_experience',             null, 'Сталкивались ли Вы раньше с программой наставничества?'),
        (2,  'prior_experience_where',       'FREE_TEXT',  false, 'prior_experience_where',       null, 'Если да, то где?'),
        (3,  'programme_effectiveness',      'SCALE_1_10', true,  'programme_effectiveness',      null, 'Эффективность программы наставничества'),
        (4,  'comfort',                      'SCALE_1_10', true,  'comfort',                      null, 'Насколько комфортно было работать в программе наставничества?'),
        (5,  'organisational_events',        'SCALE_1_10', true,  'organisational_events',        null, 'Качество организационных мероприятий (знакомство с коллективом, рабочим местом, должностными обязанностями и квалификационными требованиями)'),
        (6,  'adaptation_usefulness',        'SCALE_1_10', true,  'adaptation_usefulness',        null, 'Полезность программы профессиональной и должностной адаптации'),
        (7,  'skills_events',                'SCALE_1_10', true,  'skills_events',                null, 'Организованные для Вас мероприятия по развитию конкретных профессиональных навыков (посещение и ведение открытых уроков, семинары, вебинары, участие в конкурсах)'),
        (8,  'theory_transfer',              'SCALE_1_10', true,  'theory_transfer',              null, 'Качество передачи Вам необходимых теоретических знаний'),
        (9,  'practice_transfer',            'SCALE_1_10', true,  null,                           null, 'Качество передачи Вам необходимых практических навыков'),
        (10, 'adaptation_programme_quality', 'SCALE_1_10', true,  'adaptation_programme_quality', null, 'Качество программы профессиональной адаптации'),
        (11, 'mentor_support',               'SCALE_1_10', true,  'mentor_support',               null, 'Ощущение поддержки наставника'),
        (12, 'joint_work_satisfaction',      'SCALE_1_10', true,  'joint_work_satisfaction',      null, 'Насколько Вы довольны вашей совместной работой?'),
        (13, 'expectations',                 'FREE_TEXT',  false, 'expectations',                 null, 'Что Вы ожидали от программы и своей роли?'),
        (14, 'expectations_met',             'SCALE_1_10', true,  null,                           null, 'Насколько оправдались Ваши ожидания?'),
        (15, 'valuable',                     'FREE_TEXT',  false, 'valuable',                     null, 'Что особенно ценно для Вас было в программе?'),
        (16, 'missing',                      'FREE_TEXT',  false, null,                           null, 'Чего Вам не хватило в программе и/или что хотелось бы изменить?'),
        (17, 'skills_events_frequency',      'FREQUENCY',  true,  null,                           null, 'Как часто проводились мероприятия по развитию конкретных профессиональных навыков (посещение и ведение открытых уроков, семинары, вебинары, участие в конкурсах)?'),
        (18, 'liked_participating',          'YES_NO',     true,  null, 'Понравилось участвовать в программе', 'Оглядываясь назад, понравилось ли Вам участвовать в программе?'),
        (19, 'wants_to_continue',            'YES_NO',     true,  null, 'Хотел бы продолжить работу в программе наставничества', 'Хотели бы Вы продолжить работу в программе наставничества?'),
        (20, 'sees_development_here',        'YES_NO',     true,  null, 'Видит свое профессиональное развитие в данной образовательной организации в течение следующих 5 лет', 'Видите ли Вы свое профессиональное развитие в данной образовательной организации в течение следующих 5 лет?'),
        (21, 'cultural_life',                'YES_NO',     true,  null, 'Появилось желание более активно участвовать в культурной жизни образовательной организации', 'Появилось ли у Вас желание более активно участвовать в культурной жизни образовательной организации?'),
        (22, 'confidence_boost',             'YES_NO',     true,  null, 'После общения с наставником почувствовал прилив уверенности в собственных силах для развития личного, творческого и педагогического потенциала', 'После общения с наставником почувствовали ли Вы прилив уверенности в собственных силах для развития личного, творческого и педагогического потенциала?'),
        (23, 'class_progress',               'YES_NO',     true,  null, 'Заметил рост успеваемости и улучшение поведения в подшефных классах', 'Заметили ли Вы рост успеваемости и улучшение поведения в подшефных Вам классах?'),
        (24, 'fewer_conflicts',              'YES_NO',     true,  null, 'Заметил сокращение числа конфликтов с педагогическим и родительским сообществами благодаря программе наставничества', 'Заметили ли Вы сокращение числа конфликтов с педагогическим и родительским сообществом благодаря программе наставничества?'),
        (25, 'own_professional_work',        'YES_NO',     true,  null, 'Появилось желание и/или силы реализовывать собственные профессиональные работы: статьи, исследования', 'Появилось ли у Вас желание и/или силы реализовывать собственные профессиональные работы: статьи, исследования?')
     ) as v (position, item_key, item_type, required, paired_item_key, characteristic, text)
where t.code = 'MENTEE_AFTER' and t.version = 1;

--changeset monitoring:20261123-02-mentor-after
insert into questionnaire_template (code, version, title, subtitle, respondent_role, stage, paired_template_code, instruction, source)
values ('MENTOR_AFTER', 1, 'Анкета наставника', 'Второй подэтап – по завершению проекта', 'MENTOR', 'AFTER', 'MENTOR_BEFORE',
        'Оцените в баллах от 1 до 10, где 1 – самый низший балл, а 10 – самый высокий.', 'seed 004, Приложение № 2');
insert into questionnaire_item (template_id, position, item_key, item_type, required, paired_item_key, characteristic, text)
select t.id, v.position, v.item_key, v.item_type, v.required, v.paired_item_key, v.characteristic, v.text
from questionnaire_template t,
     (values
        (1,  'prior_experience',             'YES_NO',     true,  'prior_experience',             null, 'Сталкивались ли Вы раньше с программой наставничества?'),
        (2,  'prior_experience_where',       'FREE_TEXT',  false, 'prior_experience_where',       null, 'Если да, то где?'),
        (3,  'programme_effectiveness',      'SCALE_1_10', true,  'programme_effectiveness',      null, 'Эффективность программы наставничества'),
        (4,  'comfort',                      'SCALE_1_10', true,  'comfort',                      null, 'Насколько комфортно было работать в программе наставничества?'),
        (5,  'organisational_events',        'SCALE_1_10', true,  'organisational_events',        null, 'Насколько эффективно удалось организовать мероприятия (знакомство с коллективом, рабочим местом, должностными обязанностями и квалификационными требованиями'),
        (6,  'adaptation_effectiveness',     'SCALE_1_10', true,  'adaptation_effectiveness',     null, 'Эффективность программы профессиональной и должностной адаптации'),
        (7,  'theory_mastery',               'SCALE_1_10', true,  'theory_mastery',               null, 'Насколько наставляемый овладел необходимыми теоретическими знаниями?'),
        (8,  'practice_mastery',             'SCALE_1_10', true,  'practice_mastery',             null, 'Насколько наставляемый овладел необходимыми практическими навыками?'),
        (9,  'adaptation_programme_quality', 'SCALE_1_10', true,  'adaptation_programme_quality', null, 'Качество программы профессиональной адаптации'),
        (10, 'mentee_engagement',            'SCALE_1_10', true,  'mentee_engagement',            null, 'Включенность наставляемого в процесс'),
        (11, 'joint_work_satisfaction',      'SCALE_1_10', true,  'joint_work_satisfaction',      null, 'Насколько Вы довольны вашей совместной работой?'),
        (12, 'expectations',                 'FREE_TEXT',  false, 'expectations',                 null, 'Что Вы ожидали от программы и своей роли?'),
        (13, 'expectations_met',             'SCALE_1_10', true,  null,                           null, 'Насколько оправдались Ваши ожидания?'),
        (14, 'valuable',                     'FREE_TEXT',  false, 'valuable',                     null, 'Что особенно ценно для Вас было в программе?'),
        (15, 'missing',                      'FREE_TEXT',  false, null,                           null, 'Чего Вам не хватило в программе и/или что хотелось бы изменить?'),
        (16, 'skills_events_frequency',      'FREQUENCY',  true,  'skills_events_frequency',      null, 'Как часто проводились мероприятия по развитию конкретных профессиональных навыков (посещение и ведение открытых уроков, семинары, вебинары, участие в конкурсах)?'),
        (17, 'liked_participating',          'YES_NO',     true,  null, 'Понравилось участвовать в программе', 'Оглядываясь назад, понравилось ли Вам участвовать в программе?'),
        (18, 'wants_to_continue',            'YES_NO',     true,  null, 'Хотел бы продолжить работу в программе наставничества', 'Хотели бы Вы продолжить работу в программе наставничества?'),
        (19, 'sees_development_here',        'YES_NO',     true,  null, 'Видит свое профессиональное развитие в данной образовательной организации в течение следующих 5 лет', 'Видите ли Вы свое профессиональное развитие в данной образовательной организации в течение следующих 5 лет?'),
        (20, 'cultural_life',                'YES_NO',     true,  null, 'Появилось желание более активно участвовать в культурной жизни образовательной организации', 'Появилось ли у Вас желание более активно участвовать в культурной жизни образовательной организации?'),
        (21, 'fewer_conflicts',              'YES_NO',     true,  null, 'Заметил сокращение числа конфликтов с педагогическим и родительским сообществами благодаря программе наставничества', 'Заметили ли Вы сокращение числа конфликтов с педагогическим и родительским сообществами благодаря программе наставничества?'),
        (22, 'own_professional_work',        'YES_NO',     true,  null, 'Появилось желание и/или силы реализовывать собственные профессиональные работы: статьи, исследования', 'Появилось ли у Вас желание и/или силы реализовывать собственные профессиональные работы: статьи, исследования?')
     ) as v (position, item_key, item_type, required, paired_item_key, characteristic, text)
where t.code = 'MENTOR_AFTER' and t.version = 1;
