package ru.mentoring.monitoring.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.SqlScope;

/**
 * The recommendations of a programme year and the schools' decisions on them, for the monitoring's
 * documents (the report to the head of the department): what was recommended and decided, never who
 * wrote it. The caller's scope is applied as in every other read of this package.
 */
@Component
public class RecommendationsOfYear {

    /**
     * @param doneOn  the day the decision was carried out, or null
     * @param roundId the round whose results the recommendation rests on, or null
     */
    public record Line(String schoolCode, String text, String decision, LocalDate dueDate, LocalDate doneOn, UUID roundId) {
    }

    private final JdbcClient jdbc;

    RecommendationsOfYear(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> of(Scope scope, int programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("year", programmeYear);
        return jdbc.sql("select r.school_code, r.text, r.decision, r.due_date, r.done_on, r.round_id from recommendation r"
                        + " where r.programme_year = :year" + SqlScope.on("r", scope, params)
                        + " order by r.school_code, r.recommended_at, r.id")
                .paramSource(params)
                .query((rs, i) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class)))
                .list();
    }
}
