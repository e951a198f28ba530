package ru.mentoring.monitoring.stage1;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.access.SqlScope;
import ru.mentoring.monitoring.stage1.Stage1Views.Answer;
import ru.mentoring.monitoring.stage1.Stage1Views.AnswerView;
import ru.mentoring.monitoring.stage1.Stage1Views.CuratorItem;
import ru.mentoring.monitoring.stage1.Stage1Views.DistrictStage1;
import ru.mentoring.monitoring.stage1.Stage1Views.IndicatorSummary;
import ru.mentoring.monitoring.stage1.Stage1Views.Quadrant;
import ru.mentoring.monitoring.stage1.Stage1Views.QuadrantGroups;
import ru.mentoring.monitoring.stage1.Stage1Views.SchoolStage1;
import ru.mentoring.monitoring.stage1.Stage1Views.SchoolText;
import ru.mentoring.monitoring.stage1.Stage1Views.Stage1Request;
import ru.mentoring.monitoring.stage1.Stage1Views.Swot;
import ru.mentoring.monitoring.stats.Percent;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;

/**
 * Stage 1 records of schools, in plain SQL: every read is confined to a {@link Scope} (the school
 * administrator's school, or the coordinator's or viewer's municipality) by {@link SqlScope}; every
 * write to a school that {@code Scopes.writeSchool} allowed.
 */
@Service
public class Stage1Service {

    private final JdbcClient jdbc;
    private final Clock clock;

    Stage1Service(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CuratorItem> questionnaire() {
        return jdbc.sql("select item_key, position, text, item_type from curator_item order by position")
                .query((rs, i) -> new CuratorItem(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Replaces the school's record of the year; the scope comes from {@code Scopes.writeSchool}. */
    @Transactional
    SchoolStage1 write(Scope school, int programmeYear, Stage1Request request, String username) {
        Map<String, CuratorItem> items = new LinkedHashMap<>();
        questionnaire().forEach(i -> items.put(i.key(), i));
        List<Violation> violations = new ArrayList<>();
        List<Object[]> answers = checkAnswers(request.answers(), items, violations);
        Map<Quadrant, List<String>> swot = new LinkedHashMap<>();
        for (Quadrant q : Quadrant.values()) {
            swot.put(q, checkEntries(q, request.of(q), violations));
        }
        if (!violations.isEmpty()) {
            throw new DomainRuleException(422, "Проверьте анкету куратора и SWOT-анализ", violations);
        }
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("id", UUID.randomUUID()).addValue("school", school.schoolCode())
                .addValue("m", school.municipalityCode()).addValue("year", programmeYear)
                .addValue("by", username).addValue("at", Timestamp.from(now));
        UUID id = jdbc.sql("""
                insert into stage1_report (id, school_code, municipality_code, programme_year, updated_by, updated_at)
                values (:id, :school, :m, :year, :by, :at)
                on conflict (school_code, programme_year)
                do update set municipality_code = excluded.municipality_code, updated_by = excluded.updated_by,
                              updated_at = excluded.updated_at
                returning id""").paramSource(params).query(UUID.class).single();
        jdbc.sql("delete from stage1_answer where report_id = :id").params(Map.of("id", id)).update();
        jdbc.sql("delete from stage1_swot where report_id = :id").params(Map.of("id", id)).update();
        for (Object[] a : answers) {
            jdbc.sql("""
                    insert into stage1_answer (report_id, item_key, yes_no, number_value, text_value)
                    values (:id, :key, :yesNo, :number, :text)""").paramSource(new MapSqlParameterSource()
                    .addValue("id", id).addValue("key", a[0]).addValue("yesNo", a[1]).addValue("number", a[2])
                    .addValue("text", a[3])).update();
        }
        swot.forEach((q, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                jdbc.sql("insert into stage1_swot (report_id, quadrant, position, text) values (:id, :q, :p, :t)")
                        .paramSource(new MapSqlParameterSource().addValue("id", id).addValue("q", q.name()).addValue("p", i + 1)
                                .addValue("t", entries.get(i))).update();
            }
        });
        return read(school, programmeYear).orElseThrow();
    }

    /** The school's record within the scope, if written. */
    @Transactional(readOnly = true)
    public Optional<SchoolStage1> read(Scope scope, int programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("year", programmeYear);
        List<SchoolStage1> found = jdbc.sql("select r.id, r.school_code, r.municipality_code, r.updated_by, r.updated_at "
                + "from stage1_report r where r.programme_year = :year" + SqlScope.on("r", scope, params)).paramSource(params).query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new SchoolStage1(rs.getString("school_code"), rs.getString("municipality_code"), programmeYear,
                            true, rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), answersOf(id),
                            swotOf(id));
                }).list();
        return found.stream().findFirst();
    }

    static SchoolStage1 withoutAuthor(SchoolStage1 s) {
        return new SchoolStage1(s.schoolCode(), s.municipalityCode(), s.programmeYear(), s.filled(), null, s.updatedAt(),
                s.answers(), s.swot());
    }

    SchoolStage1 empty(Scope scope, int programmeYear) {
        return new SchoolStage1(scope.schoolCode(), scope.municipalityCode(), programmeYear, false, null, null, List.of(),
                new Swot(List.of(), List.of(), List.of(), List.of()));
    }

    /** What the municipality's schools wrote for the year: indicators summed up, SWOT entries grouped. */
    @Transactional(readOnly = true)
    public DistrictStage1 district(Scope municipality, int programmeYear) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("year", programmeYear);
        String scope = SqlScope.on("r", municipality, params);
        List<String> schools = jdbc.sql("select r.school_code from stage1_report r where r.programme_year = :year"
                + scope + " order by r.school_code").paramSource(params).query(String.class).list();

        Map<String, List<Object[]>> answers = new HashMap<>();
        jdbc.sql("""
                select a.item_key, r.school_code, a.yes_no, a.number_value, a.text_value
                from stage1_answer a join stage1_report r on r.id = a.report_id
                where r.programme_year = :year""" + scope + " order by r.school_code").paramSource(params).query(rs -> {
            answers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Object[] {rs.getString(2),
                    rs.getObject(3, Boolean.class), rs.getBigDecimal(4), rs.getString(5)});
        });
        List<IndicatorSummary> indicators = new ArrayList<>();
        for (CuratorItem item : questionnaire()) {
            List<Object[]> given = answers.getOrDefault(item.key(), List.of());
            switch (item.type()) {
                case "YES_NO" -> {
                    long yes = given.stream().filter(a -> Boolean.TRUE.equals(a[1])).count();
                    indicators.add(new IndicatorSummary(item.key(), item.text(), item.type(), given.size(), yes,
                            Percent.of(yes, given.size()), null, List.of()));
                }
                case "FREE_TEXT" -> indicators.add(new IndicatorSummary(item.key(), item.text(), item.type(), given.size(),
                        null, null, null, given.stream().map(a -> new SchoolText((String) a[0], (String) a[3])).toList()));
                default -> {
                    Double mean = given.isEmpty() ? null : Percent.round2(given.stream()
                            .mapToDouble(a -> ((BigDecimal) a[2]).doubleValue()).average().orElse(0));
                    indicators.add(new IndicatorSummary(item.key(), item.text(), item.type(), given.size(), null, null, mean,
                            List.of()));
                }
            }
        }

        Map<Quadrant, List<SimilarEntries.Entry>> entries = new LinkedHashMap<>();
        jdbc.sql("""
                select s.quadrant, r.school_code, s.text
                from stage1_swot s join stage1_report r on r.id = s.report_id
                where r.programme_year = :year""" + scope + " order by r.school_code, s.quadrant, s.position").paramSource(params).query(rs -> {
            entries.computeIfAbsent(Quadrant.valueOf(rs.getString(1)), k -> new ArrayList<>())
                    .add(new SimilarEntries.Entry(rs.getString(2), rs.getString(3)));
        });
        List<QuadrantGroups> swot = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            swot.add(new QuadrantGroups(q, q.title(), SimilarEntries.group(entries.getOrDefault(q, List.of()))));
        }
        return new DistrictStage1(programmeYear, municipality.municipalityCode(), schools, indicators, swot);
    }

    private List<AnswerView> answersOf(UUID report) {
        return jdbc.sql("""
                select i.item_key, i.text, i.item_type, a.yes_no, a.number_value, a.text_value
                from stage1_answer a join curator_item i on i.item_key = a.item_key
                where a.report_id = :id order by i.position""").params(Map.of("id", report)).query((rs, n) -> {
            Object value = switch (rs.getString(3)) {
                case "YES_NO" -> rs.getObject(4, Boolean.class);
                case "FREE_TEXT" -> rs.getString(6);
                case "SCALE_1_10" -> rs.getBigDecimal(5).intValue();
                default -> rs.getBigDecimal(5).stripTrailingZeros().doubleValue();
            };
            return new AnswerView(rs.getString(1), rs.getString(2), rs.getString(3), value);
        }).list();
    }

    private Swot swotOf(UUID report) {
        Map<Quadrant, List<String>> q = new LinkedHashMap<>();
        for (Quadrant quadrant : Quadrant.values()) {
            q.put(quadrant, new ArrayList<>());
        }
        jdbc.sql("select quadrant, text from stage1_swot where report_id = :id order by quadrant, position")
                .params(Map.of("id", report)).query(rs -> {
                    q.get(Quadrant.valueOf(rs.getString(1))).add(rs.getString(2));
                });
        return new Swot(q.get(Quadrant.STRENGTHS), q.get(Quadrant.WEAKNESSES), q.get(Quadrant.OPPORTUNITIES),
                q.get(Quadrant.THREATS));
    }

    /** {key, yesNo, number, text} per answer that fits its item; problems go to {@code violations}. */
    private static List<Object[]> checkAnswers(List<Answer> answers, Map<String, CuratorItem> items, List<Violation> violations) {
        List<Object[]> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            String field = "answers[" + i + "]";
            if (a == null || a.itemKey() == null || !items.containsKey(a.itemKey())) {
                violations.add(new Violation(field + ".itemKey", "В анкете куратора нет такого вопроса"));
                continue;
            }
            if (!seen.add(a.itemKey())) {
                violations.add(new Violation(field + ".itemKey", "Ответ на этот вопрос указан несколько раз"));
                continue;
            }
            Object v = a.value();
            if (v == null || (v instanceof String s && s.isBlank())) {
                continue; // left unanswered
            }
            CuratorItem item = items.get(a.itemKey());
            switch (item.type()) {
                case "YES_NO" -> {
                    if (v instanceof Boolean b) {
                        accepted.add(new Object[] {a.itemKey(), b, null, null});
                    } else {
                        violations.add(new Violation(field + ".value", "Ответ — «да» или «нет» (true или false)"));
                    }
                }
                case "PERCENT" -> {
                    if (v instanceof Number n && !Double.isNaN(n.doubleValue()) && n.doubleValue() >= 0 && n.doubleValue() <= 100) {
                        accepted.add(new Object[] {a.itemKey(), null, BigDecimal.valueOf(n.doubleValue()), null});
                    } else {
                        violations.add(new Violation(field + ".value", "Доля — число от 0 до 100"));
                    }
                }
                case "SCALE_1_10" -> {
                    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() >= 1 && n.intValue() <= 10) {
                        accepted.add(new Object[] {a.itemKey(), null, BigDecimal.valueOf(n.intValue()), null});
                    } else {
                        violations.add(new Violation(field + ".value", "Оценка — целое число от 1 до 10"));
                    }
                }
                default -> {
                    if (v instanceof String s && s.strip().length() <= 2000) {
                        accepted.add(new Object[] {a.itemKey(), null, null, s.strip()});
                    } else {
                        violations.add(new Violation(field + ".value", "Ответ — текст не длиннее 2000 символов"));
                    }
                }
            }
        }
        return accepted;
    }

    private static List<String> checkEntries(Quadrant q, List<String> entries, List<Violation> violations) {
        String name = q.name().toLowerCase(Locale.ROOT);
        if (entries.size() > Stage1Views.MAX_ENTRIES) {
            violations.add(new Violation(name, "Не больше " + Stage1Views.MAX_ENTRIES + " пунктов"));
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String e = entries.get(i);
            if (e == null || e.isBlank()) {
                violations.add(new Violation(name + "[" + i + "]", "Пустой пункт: напишите его или удалите"));
            } else if (e.strip().length() > Stage1Views.MAX_ENTRY_LENGTH) {
                violations.add(new Violation(name + "[" + i + "]", "Пункт не длиннее " + Stage1Views.MAX_ENTRY_LENGTH + " символов"));
            } else {
                kept.add(e.strip());
            }
        }
        return kept;
    }
}
