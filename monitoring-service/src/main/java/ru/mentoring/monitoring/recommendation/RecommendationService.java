package ru.mentoring.monitoring.recommendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.access.SqlScope;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.registry.RegistryFigures;
import ru.mentoring.monitoring.registry.RegistryFigures.RegistrySchool;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;

/**
 * Recommendations after monitoring. The coordinator writes them for a school of their municipality;
 * the school's administrator records the decision. Reads: the coordinator and the department viewer
 * of the municipality (or one school of it), a school administrator their own school. Anything else
 * is "not found". Plain SQL: every query is confined by {@link SqlScope}. The registry is asked
 * before any statement, so no connection waits on a remote call.
 */
@Service
class RecommendationService {

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final RegistryFigures registry;
    private final Clock clock;
    private final ZoneId zone;

    RecommendationService(JdbcClient jdbc, Scopes scopes, RegistryFigures registry, Clock clock,
            @Value("${monitoring.time-zone:Europe/Moscow}") String zone) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.registry = registry;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    private record Row(UUID id, int year, String municipality, String school, UUID roundId, String text,
            String recommendedBy, Instant recommendedAt, String decision, LocalDate dueDate, LocalDate doneOn,
            String decidedBy, Instant decidedAt) {
    }

    RecommendationView create(CallerIdentity caller, RecommendationRequests.Create request) {
        scopes.coordinatorMunicipality(caller);
        Scope scope = scopes.writeSchool(caller, request.schoolCode().strip());
        if (request.roundId() != null) {
            MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", request.roundId())
                    .addValue("year", request.programmeYear());
            long found = jdbc.sql("select count(*) from questionnaire_round r where r.id = :id and r.programme_year = :year"
                    + SqlScope.on("r", scope, params)).paramSource(params).query(Long.class).single();
            if (found == 0) {
                throw DomainRuleException.unprocessable("roundId", "У этой школы нет такого опроса за " + request.programmeYear() + " год");
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into recommendation (id, municipality_code, school_code, programme_year, round_id, text, recommended_by,
                                            recommended_at)
                values (:id, :m, :school, :year, :round, :text, :by, :at)""").paramSource(new MapSqlParameterSource()
                .addValue("id", id).addValue("m", scope.municipalityCode()).addValue("school", scope.schoolCode())
                .addValue("year", request.programmeYear()).addValue("round", request.roundId())
                .addValue("text", request.text().strip()).addValue("by", caller.username())
                .addValue("at", Timestamp.from(clock.instant()))).update();
        return view(caller, find(scope, id), names(scope));
    }

    RecommendationView decide(CallerIdentity caller, UUID id, RecommendationRequests.Decision decision) {
        if (!(CallerScope.forWriting(caller) instanceof CallerScope.School)) {
            throw new AccessDeniedException("the school's administrator records the decision");
        }
        Scope scope = scopes.read(caller, null);
        find(scope, id);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (decision.doneOn() != null && decision.doneOn().isAfter(today)) {
            throw DomainRuleException.unprocessable("doneOn", "Дата исполнения не может быть позже сегодняшней");
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", id)
                .addValue("decision", decision.decision().strip()).addValue("due", decision.dueDate())
                .addValue("done", decision.doneOn()).addValue("by", caller.username())
                .addValue("at", Timestamp.from(clock.instant()));
        jdbc.sql("update recommendation r set decision = :decision, due_date = :due, done_on = :done, decided_by = :by,"
                + " decided_at = :at where r.id = :id" + SqlScope.on("r", scope, params)).paramSource(params).update();
        return view(caller, find(scope, id), names(scope));
    }

    RecommendationView one(CallerIdentity caller, UUID id) {
        Scope scope = scopes.read(caller, null);
        return view(caller, find(scope, id), names(scope));
    }

    List<RecommendationView> list(CallerIdentity caller, Integer programmeYear, String schoolCode) {
        Scope scope = scopes.read(caller, schoolCode);
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("select * from recommendation r where true").append(SqlScope.on("r", scope, params));
        if (programmeYear != null) {
            sql.append(" and r.programme_year = :year");
            params.addValue("year", programmeYear);
        }
        sql.append(" order by r.programme_year desc, r.school_code, r.recommended_at, r.id");
        List<Row> rows = jdbc.sql(sql.toString()).paramSource(params).query(RecommendationService::row).list();
        Map<String, String> names = rows.isEmpty() ? Map.of() : names(scope);
        return rows.stream().map(r -> view(caller, r, names)).toList();
    }

    private Row find(Scope scope, UUID id) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", id);
        return jdbc.sql("select * from recommendation r where r.id = :id" + SqlScope.on("r", scope, params))
                .paramSource(params).query(RecommendationService::row).optional()
                .orElseThrow(() -> new NotFoundException("recommendation", id));
    }

    /** The short names of the scope's schools; empty when the registry does not answer (the codes stay). */
    private Map<String, String> names(Scope scope) {
        Map<String, String> names = new HashMap<>();
        if (scope.municipalityCode() != null) {
            Available<List<RegistrySchool>> schools = registry.schoolsOf(scope.municipalityCode());
            if (schools.present()) {
                schools.value().forEach(s -> names.put(s.code(), s.displayName()));
            }
        } else {
            Available<RegistrySchool> own = registry.school(scope.schoolCode());
            if (own.present()) {
                names.put(own.value().code(), own.value().displayName());
            }
        }
        return names;
    }

    private RecommendationView view(CallerIdentity caller, Row r, Map<String, String> names) {
        // a department viewer never sees who wrote what, only what was recommended and decided
        boolean anonymous = caller.isDepartmentViewer() && !caller.isCoordinator();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        boolean overdue = r.dueDate() != null && r.doneOn() == null && r.dueDate().isBefore(today);
        return new RecommendationView(r.id(), r.year(), r.municipality(), r.school(), names.get(r.school()), r.roundId(),
                r.text(), anonymous ? null : r.recommendedBy(), r.recommendedAt(), r.decision(), r.dueDate(), r.doneOn(),
                anonymous ? null : r.decidedBy(), r.decidedAt(), overdue);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Row(rs.getObject("id", UUID.class), rs.getInt("programme_year"), rs.getString("municipality_code"),
                rs.getString("school_code"), rs.getObject("round_id", UUID.class), rs.getString("text"),
                rs.getString("recommended_by"), rs.getTimestamp("recommended_at").toInstant(), rs.getString("decision"),
                rs.getObject("due_date", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant());
    }
}
