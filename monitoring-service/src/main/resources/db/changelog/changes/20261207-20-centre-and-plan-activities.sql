--liquibase formatted sql

-- Seed 004, appendix 1: the municipal mentoring centre (МНЦ) as an entity, and its work plan «План работы
-- МНЦ» by activity (исследовательская, проектная, консультационная, информационная) with the place of each
-- event («Место проведения»). The responsible person and the result exist since 20261123-08
-- (responsible, expected_result); the date is the month (month_text, due_month).

--changeset monitoring:20261207-20-centre
-- One centre per municipality, described by its coordinator: no school's data, so no row-level
-- policy (like the plan's template); the service confines it to the caller's municipality.
create table mentoring_centre (
    municipality_code varchar(64) primary key,
    name varchar(300) not null,
    head_name varchar(300) not null,
    head_position varchar(300),
    updated_by varchar(200) not null,
    updated_at timestamptz not null
);
comment on table mentoring_centre is 'The municipal mentoring centre (МНЦ) of seed 004: its name and head (руководитель)';

create table centre_staff (
    id uuid primary key,
    municipality_code varchar(64) not null references mentoring_centre (municipality_code),
    position_no int not null,
    full_name varchar(300) not null,
    job_title varchar(300),
    role varchar(16) not null check (role in ('MENTOR', 'CURATOR')),
    unique (municipality_code, position_no)
);
comment on table centre_staff is 'The centre''s people: наставники – члены управленческих команд, куратор-методист (names and positions as typed)';

--changeset monitoring:20261207-20-plan-activity-and-place
alter table plan_event_template add column activity varchar(16)
    check (activity in ('RESEARCH', 'PROJECT', 'CONSULTING', 'INFORMATION'));
alter table plan_event add column activity varchar(16)
    check (activity in ('RESEARCH', 'PROJECT', 'CONSULTING', 'INFORMATION'));
alter table plan_event add column place varchar(300);

-- The seed's appendix 1 gives the four headings with empty rows, and section 6 lists the 40 events
-- by stage without an activity: each event is put under the heading its form reads as.
-- RESEARCH: monitoring, questionnaires, analysis of requests and results;
-- PROJECT: designing materials and building the bases, files and pairs the programme works with;
-- CONSULTING: meetings, consultations, seminars, games, internships with the people of the programme;
-- INFORMATION: the website, the media, reports, photos, informing and presenting experience.
update plan_event_template set activity = 'RESEARCH' where id in (6, 8, 9, 11, 12, 14, 15, 18, 30, 34, 35, 39);
update plan_event_template set activity = 'PROJECT' where id in (4, 10, 13, 16, 23, 24, 27, 33, 37);
update plan_event_template set activity = 'CONSULTING' where id in (1, 5, 7, 17, 20, 21, 22, 25, 28, 32);
update plan_event_template set activity = 'INFORMATION' where id in (2, 3, 19, 26, 29, 31, 36, 38, 40);
alter table plan_event_template alter column activity set not null;

-- plans already made from the template take its activity
update plan_event e set activity = t.activity from plan_event_template t where e.template_id = t.id;
