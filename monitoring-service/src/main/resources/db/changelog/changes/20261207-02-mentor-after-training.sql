--liquibase formatted sql

-- MENTOR_AFTER version 2: the mentors' personal assessment table of seed 004 (Приложение № 2,
-- «Личностная оценка наставников») opens with «Достаточность и понятность обучения наставников», but
-- the seed's mentor form has no question behind that row. Version 2 asks it as a yes/no item
-- carrying the row, worded from the row itself, first among the yes/no items as the table lists it;
-- every other item is version 1's, word for word. Rounds opened before keep version 1 (a round
-- pins its version), so their answers keep their questions.

--changeset monitoring:20261207-02-mentor-after-v2
insert into questionnaire_template (code, version, title, subtitle, respondent_role, stage, paired_template_code, instruction, source)
select code, 2, title, subtitle, respondent_role, stage, paired_template_code, instruction,
       'seed 004, Приложение № 2; пункт об обучении наставников — по строке таблицы «Личностная оценка наставников»'
  from questionnaire_template where code = 'MENTOR_AFTER' and version = 1;
insert into questionnaire_item (template_id, position, item_key, item_type, required, paired_item_key, characteristic, comparison, text)
select v2.id, case when i.position >= 17 then i.position + 1 else i.position end,
       i.item_key, i.item_type, i.required, i.paired_item_key, i.characteristic, i.comparison, i.text
  from questionnaire_item i
  join questionnaire_template v1 on v1.id = i.template_id and v1.code = 'MENTOR_AFTER' and v1.version = 1
  join questionnaire_template v2 on v2.code = 'MENTOR_AFTER' and v2.version = 2;
insert into questionnaire_item (template_id, position, item_key, item_type, required, paired_item_key, characteristic, comparison, text)
select t.id, 17, 'mentor_training_sufficient', 'YES_NO', true, null,
       'Достаточность и понятность обучения наставников', null,
       'Было ли обучение наставников достаточным и понятным для Вас?'
  from questionnaire_template t where t.code = 'MENTOR_AFTER' and t.version = 2;
