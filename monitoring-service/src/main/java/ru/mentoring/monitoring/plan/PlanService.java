package ru.mentoring.monitoring.plan;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.plan.PlanViews.CreatePlanRequest;
import ru.mentoring.monitoring.plan.PlanViews.EventUpdate;
import ru.mentoring.monitoring.plan.PlanViews.EventView;
import ru.mentoring.monitoring.plan.PlanViews.NewEvent;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
import ru.mentoring.monitoring.plan.PlanViews.PlanSummary;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;

/**
 * Plans of events: the municipality's (the centre's work plan, the coordinator's), started from the
 * seed's 40 events with their activities, and a school's own roadmap (дорожная карта), which the
 * school builds event by event. Reads: the coordinator and the department viewer of the
 * municipality, and a school administrator for their school's plan and their municipality's plan.
 * Changes: the coordinator of the municipality, or a school administrator in their own school's plan.
 */
@Service
public class PlanService {

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final Clock clock;
    private final ZoneId zone;

    PlanService(JdbcClient jdbc, Scopes scopes, Clock clock,
            @Value("${monitoring.time-zone:Europe/Moscow}") String zone) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    private record PlanRow(UUID id, String municipality, String school, int year, String createdBy, Instant createdAt) {
    }

    @Transactional
    Plan create(CallerIdentity caller, CreatePlanRequest request) {
        String municipality;
        String school = request.schoolCode() == null || request.schoolCode().isBlank() ? null : request.schoolCode().strip();
        if (school == null) {
            municipality = scopes.coordinatorMunicipality(caller);
        } else {
            Scope scope = scopes.writeSchool(caller, school);
            municipality = scope.municipalityCode();
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into event_plan (id, municipality_code, school_code, programme_year, created_by, created_at)
                    values (:id, :m, :school, :year, :by, :at)""").paramSource(new MapSqlParameterSource()
                    .addValue("id", id).addValue("m", municipality).addValue("school", school)
                    .addValue("year", request.programmeYear()).addValue("by", caller.username())
                    .addValue("at", Timestamp.from(clock.instant()))).update();
        } catch (DuplicateKeyException e) {
            throw DomainRuleException.conflict("programmeYear", "План мероприятий на " + request.programmeYear()
                    + " год уже создан" + (school == null ? " для муниципалитета" : " для школы " + school));
        }
        // the centre's plan starts from the seed's 40 events; a school's roadmap is its own, built event by event
        if (school == null) {
            jdbc.sql("""
                    insert into plan_event (id, plan_id, template_id, position, stage, stage_title, event, form, month_text,
                                            due_month, responsible, expected_result, status, activity)
                    select gen_random_uuid(), :plan, t.id, t.position, t.stage, t.stage_title, t.event, t.form, t.month_text,
                           t.due_month, t.responsible, t.expected_result, 'PLANNED', t.activity
                    from plan_event_template t order by t.position""").params(Map.of("plan", id)).update();
        }
        return plan(row(id), false, null);
    }

    @Transactional(readOnly = true)
    List<PlanSummary> list(CallerIdentity caller, Integer programmeYear) {
        return listed(caller, programmeYear).stream().map(p -> anonymous(caller) ? withoutNames(p) : p).toList();
    }

    private List<PlanSummary> listed(CallerIdentity caller, Integer programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("select * from event_plan p where ");
        switch (CallerScope.forReading(caller)) {
            case CallerScope.Municipality m -> {
                sql.append("p.municipality_code = :m");
                params.addValue("m", m.municipality());
            }
            // a school reads its own plans and its district's plan
            case CallerScope.School own -> {
                sql.append("(p.school_code = :school or (p.school_code is null and p.municipality_code = :m))");
                params.addValue("school", own.schoolCode()).addValue("m", own.municipality());
            }
            default -> {
                return List.of();
            }
        }
        if (programmeYear != null) {
            sql.append(" and p.programme_year = :year");
            params.addValue("year", programmeYear);
        }
        sql.append(" order by p.programme_year desc, p.school_code nulls first");
        return jdbc.sql(sql.toString()).paramSource(params).query(PlanService::planRow).list().stream()
                .map(p -> plan(p, false, null).plan()).toList();
    }

    /** The plan; its counts are the whole plan's, its events only the overdue ones and/or those of one activity when asked. */
    @Transactional(readOnly = true)
    Plan get(CallerIdentity caller, UUID id, boolean onlyOverdue, Activity activity) {
        Plan plan = plan(visible(caller, id), onlyOverdue, activity);
        if (!anonymous(caller)) {
            return plan;
        }
        return new Plan(withoutNames(plan.plan()), plan.events().stream().map(EventView::withoutNames).toList());
    }

    /** A department viewer never sees a person's name, not even the login of whoever changed the plan. */
    private static boolean anonymous(CallerIdentity caller) {
        return caller.isDepartmentViewer() && !caller.isCoordinator();
    }

    private static PlanSummary withoutNames(PlanSummary p) {
        return new PlanSummary(p.id(), p.programmeYear(), p.municipalityCode(), p.schoolCode(), null, p.createdAt(),
                p.events(), p.byStatus(), p.overdue());
    }

    /** The municipality's plan of the year, if it has one (for the information note). */
    @Transactional(readOnly = true)
    public Optional<Plan> municipal(String municipality, int programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("m", municipality).addValue("year", programmeYear);
        return jdbc.sql("select * from event_plan where municipality_code = :m and school_code is null and programme_year = :year")
                .paramSource(params).query(PlanService::planRow).list().stream().findFirst().map(p -> plan(p, false, null));
    }

    /** The schools' own plans of a municipality's year (for the roadmaps table). */
    @Transactional(readOnly = true)
    List<PlanSummary> schoolPlans(String municipality, int programmeYear) {
        return jdbc.sql("""
                select * from event_plan where municipality_code = :m and school_code is not null and programme_year = :year""")
                .params(Map.of("m", municipality, "year", programmeYear)).query(PlanService::planRow).list().stream()
                .map(p -> plan(p, false, null).plan()).toList();
    }

    /** A school's own plan of the year, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Plan> ofSchool(String school, int programmeYear) {
        return jdbc.sql("select * from event_plan where school_code = :school and programme_year = :year")
                .params(Map.of("school", school, "year", programmeYear)).query(PlanService::planRow).list()
                .stream().findFirst().map(p -> plan(p, false, null));
    }

    @Transactional
    EventView update(CallerIdentity caller, UUID planId, UUID eventId, EventUpdate update) {
        PlanRow plan = writable(caller, planId);
        String url = update.evidenceUrl() == null || update.evidenceUrl().isBlank() ? null : update.evidenceUrl().strip();
        if (url != null && !isWebLink(url)) {
            throw DomainRuleException.unprocessable("evidenceUrl", "Ссылка — адрес, начинающийся с http:// или https://");
        }
        String evidence = blankToNull(update.evidence());
        int changed = jdbc.sql("""
                update plan_event set status = :status, evidence = :evidence, evidence_url = :url, updated_by = :by,
                                      updated_at = :at
                where id = :id and plan_id = :plan""").paramSource(new MapSqlParameterSource()
                .addValue("status", update.status().name()).addValue("evidence", evidence).addValue("url", url)
                .addValue("by", caller.username()).addValue("at", Timestamp.from(clock.instant()))
                .addValue("id", eventId).addValue("plan", planId)).update();
        if (changed == 0) {
            throw new NotFoundException("event", eventId);
        }
        return events(plan).stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow();
    }

    @Transactional
    EventView add(CallerIdentity caller, UUID planId, NewEvent event) {
        PlanRow plan = writable(caller, planId);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into plan_event (id, plan_id, position, stage, stage_title, event, form, month_text, due_month,
                                        responsible, expected_result, activity, place, status, updated_by, updated_at)
                values (:id, :plan, (select coalesce(max(position), 0) + 1 from plan_event where plan_id = :plan),
                        :stage, :stageTitle, :event, :form, :month, :due, :responsible, :result, :activity, :place,
                        'PLANNED', :by, :at)""").paramSource(described(caller, event).addValue("id", id).addValue("plan", planId))
                .update();
        return events(plan).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** A new description of an event (what, when, where, who, the result, the activity); its status and evidence stay. */
    @Transactional
    EventView edit(CallerIdentity caller, UUID planId, UUID eventId, NewEvent event) {
        PlanRow plan = writable(caller, planId);
        int changed = jdbc.sql("""
                update plan_event set stage = :stage, stage_title = :stageTitle, event = :event, form = :form,
                                      month_text = :month, due_month = :due, responsible = :responsible,
                                      expected_result = :result, activity = :activity, place = :place,
                                      updated_by = :by, updated_at = :at
                where id = :id and plan_id = :plan""").paramSource(described(caller, event).addValue("id", eventId)
                .addValue("plan", planId)).update();
        if (changed == 0) {
            throw new NotFoundException("event", eventId);
        }
        return events(plan).stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow();
    }

    private MapSqlParameterSource described(CallerIdentity caller, NewEvent event) {
        String stage = event.stage().strip();
        if (!stage.matches("1|2\\.[1-5]|3")) {
            throw DomainRuleException.unprocessable("stage", "Этап — 1, 2.1, 2.2, 2.3, 2.4, 2.5 или 3");
        }
        String stageTitle = jdbc.sql("select stage_title from plan_event_template where stage = :stage limit 1")
                .params(Map.of("stage", stage)).query(rs -> rs.next() ? rs.getString(1) : "Этап " + stage);
        return new MapSqlParameterSource().addValue("stage", stage)
                .addValue("stageTitle", stageTitle).addValue("event", event.event().strip())
                .addValue("form", blankToNull(event.form()))
                .addValue("month", event.monthText().strip()).addValue("due", event.dueMonth())
                .addValue("responsible", event.responsible().strip()).addValue("result", event.expectedResult().strip())
                .addValue("activity", event.activity() == null ? null : event.activity().name())
                .addValue("place", blankToNull(event.place()))
                .addValue("by", caller.username()).addValue("at", Timestamp.from(clock.instant()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private PlanRow visible(CallerIdentity caller, UUID id) {
        PlanRow plan = jdbc.sql("select * from event_plan where id = :id")
                .params(Map.of("id", id)).query(PlanService::planRow).list()
                .stream().findFirst().orElseThrow(() -> new NotFoundException("plan", id));
        boolean sees = switch (CallerScope.forReading(caller)) {
            case CallerScope.Municipality m -> m.municipality().equals(plan.municipality());
            case CallerScope.School own -> plan.school() != null ? plan.school().equals(own.schoolCode())
                    : own.municipality() != null && own.municipality().equals(plan.municipality());
            default -> false;
        };
        if (!sees) {
            throw new NotFoundException("plan", id);
        }
        return plan;
    }

    private PlanRow writable(CallerIdentity caller, UUID id) {
        PlanRow plan = visible(caller, id);
        boolean writes = switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> true; // visible: their municipality's plan
            case CallerScope.School own -> plan.school() != null && plan.school().equals(own.schoolCode());
            default -> false;
        };
        if (!writes) {
            throw new AccessDeniedException("plan is read-only for this caller");
        }
        return plan;
    }

    private PlanRow row(UUID id) {
        return jdbc.sql("select * from event_plan where id = :id")
                .params(Map.of("id", id)).query(PlanService::planRow).list().getFirst();
    }

    private Plan plan(PlanRow p, boolean onlyOverdue, Activity activity) {
        List<EventView> all = events(p);
        Map<EventStatus, Long> byStatus = new EnumMap<>(EventStatus.class);
        for (EventStatus s : EventStatus.values()) {
            byStatus.put(s, all.stream().filter(e -> e.status() == s).count());
        }
        long overdue = all.stream().filter(EventView::overdue).count();
        PlanSummary summary = new PlanSummary(p.id(), p.year(), p.municipality(), p.school(), p.createdBy(), p.createdAt(),
                all.size(), byStatus, overdue);
        return new Plan(summary, all.stream().filter(e -> !onlyOverdue || e.overdue())
                .filter(e -> activity == null || e.activity() == activity).toList());
    }

    private List<EventView> events(PlanRow p) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return jdbc.sql("select * from plan_event where plan_id = :plan order by position")
                .params(Map.of("plan", p.id())).query((rs, i) -> {
                    EventStatus status = EventStatus.valueOf(rs.getString("status"));
                    Activity activity = rs.getString("activity") == null ? null : Activity.valueOf(rs.getString("activity"));
                    Integer due = rs.getObject("due_month", Integer.class);
                    Timestamp updated = rs.getTimestamp("updated_at");
                    return new EventView(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("stage"),
                            rs.getString("stage_title"), rs.getString("event"), rs.getString("form"),
                            rs.getString("month_text"), due, PlanCalendar.dueDate(p.year(), due),
                            rs.getString("responsible"), rs.getString("expected_result"), status, status.label(),
                            PlanCalendar.overdue(p.year(), due, status, today), rs.getString("evidence"),
                            rs.getString("evidence_url"), rs.getString("updated_by"),
                            updated == null ? null : updated.toInstant(), activity,
                            activity == null ? null : activity.label(), rs.getString("place"));
                }).list();
    }

    private static PlanRow planRow(ResultSet rs, int i) throws SQLException {
        return new PlanRow(rs.getObject("id", UUID.class), rs.getString("municipality_code"), rs.getString("school_code"),
                rs.getInt("programme_year"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Map<String, List<EventView>> byStage(List<EventView> events) {
        Map<String, List<EventView>> stages = new LinkedHashMap<>();
        events.forEach(e -> stages.computeIfAbsent(e.stageTitle(), k -> new ArrayList<>()).add(e));
        return stages;
    }
}
