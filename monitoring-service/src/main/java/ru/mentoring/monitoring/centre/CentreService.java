package ru.mentoring.monitoring.centre;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.monitoring.access.Scopes;
import ru.mentoring.monitoring.centre.CentreViews.Centre;
import ru.mentoring.monitoring.centre.CentreViews.CentreRequest;
import ru.mentoring.monitoring.centre.CentreViews.StaffMember;
import ru.mentoring.monitoring.centre.CentreViews.StaffView;
import ru.mentoring.platform.security.CallerIdentity;

/**
 * The centre of the caller's municipality: the coordinator describes it, the coordinator and the
 * department viewer read it. The department viewer sees the people's names: the centre's
 * composition is the department's own order (seed 004: «Состав … утверждается приказом МУ
 * Управление образования»); only the coordinator's login is withheld, as on the plan.
 */
@Service
class CentreService {

    private final JdbcClient jdbc;
    private final Scopes scopes;
    private final Clock clock;

    CentreService(JdbcClient jdbc, Scopes scopes, Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Centre get(CallerIdentity caller) {
        String municipality = scopes.municipality(caller).municipalityCode();
        Centre centre = read(municipality);
        boolean anonymous = caller.isDepartmentViewer() && !caller.isCoordinator();
        return anonymous ? new Centre(centre.municipalityCode(), centre.described(), centre.name(), centre.headName(),
                centre.headPosition(), centre.staff(), null, centre.updatedAt()) : centre;
    }

    @Transactional
    Centre save(CallerIdentity caller, CentreRequest request) {
        String municipality = scopes.coordinatorMunicipality(caller);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("m", municipality)
                .addValue("name", request.name().strip()).addValue("head", request.headName().strip())
                .addValue("headPosition", blankToNull(request.headPosition())).addValue("by", caller.username())
                .addValue("at", Timestamp.from(clock.instant()));
        jdbc.sql("""
                insert into mentoring_centre (municipality_code, name, head_name, head_position, updated_by, updated_at)
                values (:m, :name, :head, :headPosition, :by, :at)
                on conflict (municipality_code) do update set name = excluded.name, head_name = excluded.head_name,
                    head_position = excluded.head_position, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .paramSource(params).update();
        jdbc.sql("delete from centre_staff where municipality_code = :m").params(Map.of("m", municipality)).update();
        int position = 0;
        for (StaffMember member : request.staff()) {
            jdbc.sql("""
                    insert into centre_staff (id, municipality_code, position_no, full_name, job_title, role)
                    values (:id, :m, :no, :name, :title, :role)""").paramSource(new MapSqlParameterSource()
                    .addValue("id", UUID.randomUUID()).addValue("m", municipality).addValue("no", ++position)
                    .addValue("name", member.fullName().strip()).addValue("title", blankToNull(member.position()))
                    .addValue("role", member.role().name())).update();
        }
        return read(municipality);
    }

    private Centre read(String municipality) {
        List<StaffView> staff = jdbc.sql("select * from centre_staff where municipality_code = :m order by position_no")
                .params(Map.of("m", municipality)).query((rs, i) -> {
                    CentreRole role = CentreRole.valueOf(rs.getString("role"));
                    return new StaffView(rs.getString("full_name"), rs.getString("job_title"), role, role.label());
                }).list();
        return jdbc.sql("select * from mentoring_centre where municipality_code = :m").params(Map.of("m", municipality))
                .query((rs, i) -> new Centre(municipality, true, rs.getString("name"), rs.getString("head_name"),
                        rs.getString("head_position"), staff, rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .optional().orElse(new Centre(municipality, false, null, null, null, List.of(), null, null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
