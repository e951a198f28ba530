--liquibase formatted sql

-- Which before/after pairs measure the same thing (seed 004, Приложение № 2). The forms ask most
-- things as an expectation before the programme and as the experience after it: a change. Two
-- mentee items ask before how important something is and after how it was:
--   «Насколько Вам важно ощущение поддержки наставника?» → «Ощущение поддержки наставника»
--   «Насколько Вам важно, чтобы Вы остались довольны совместной работой?» → «Насколько Вы довольны вашей совместной работой?»
-- Those are context (shown side by side, never tested as a change). The mentor's
-- «Ожидаемый уровень удовлетворения совместной работой» is an expectation: a change.
-- This is how the answers are analysed, not the questions' wording, so the existing versions get it
-- (a new wording would be a new version).

--changeset monitoring:20261207-01-item-comparison
alter table questionnaire_item add column comparison varchar(16);
alter table questionnaire_item add constraint ck_questionnaire_item_comparison check (comparison in ('CHANGE', 'CONTEXT'));
comment on column questionnaire_item.comparison is 'after items with a before partner: CHANGE (the same thing, expectation -> experience) or CONTEXT (before asks its importance)';
update questionnaire_item i set comparison = 'CHANGE'
  from questionnaire_template t
 where t.id = i.template_id and t.stage = 'AFTER' and i.paired_item_key is not null;
update questionnaire_item i set comparison = 'CONTEXT'
  from questionnaire_template t
 where t.id = i.template_id and t.code = 'MENTEE_AFTER' and i.item_key in ('mentor_support', 'joint_work_satisfaction');
