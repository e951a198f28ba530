package ru.mentoring.monitoring.targets;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.mentoring.monitoring.access.Scope;
import ru.mentoring.monitoring.assessment.AssessmentService;
import ru.mentoring.monitoring.dynamics.DynamicsService;
import ru.mentoring.platform.tenant.TenantContext;

/**
 * After a start, computes in the background what the department's dashboard reads first, so that
 * the first login after a restart does not pay for it: each municipality's personal assessment
 * and dynamics of its latest programme years with answers (the assessment is what the targets
 * of three years rest on). They are kept by {@code KeptAggregates} until the year's answers change.
 */
@Component
class DashboardWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

    private final JdbcClient jdbc;
    private final AssessmentService assessments;
    private final DynamicsService dynamics;
    private final boolean enabled;

    DashboardWarmUp(JdbcClient jdbc, AssessmentService assessments, DynamicsService dynamics,
            @Value("${monitoring.dashboard.warm-up:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.dynamics = dynamics;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            Thread.ofVirtual().name("dashboard-warm-up").start(() -> TenantContext.callAsSystem(this::warmUp));
        }
    }

    /** The municipalities' latest years with answers, newest first: what the dashboard opens on. */
    int warmUp() {
        long started = System.nanoTime();
        List<Scoped> years = jdbc.sql("""
                select municipality_code, programme_year from (
                  select r.municipality_code, r.programme_year,
                         row_number() over (partition by r.municipality_code order by r.programme_year desc) as n
                  from questionnaire_round r
                  where r.municipality_code is not null
                    and exists (select 1 from questionnaire_submission s where s.round_id = r.id)
                  group by r.municipality_code, r.programme_year
                ) y where n <= 4
                order by programme_year desc, municipality_code""")
                .query((rs, i) -> new Scoped(new Scope(rs.getString(1), null), rs.getInt(2))).list();
        int done = 0;
        for (Scoped y : years) {
            try {
                assessments.assess(y.scope(), y.year(), null, null);
                dynamics.dynamics(y.scope(), y.year(), null, null);
                done++;
            } catch (RuntimeException e) {
                // a warm-up that fails costs the first reader the computation, nothing else
                log.warn("Dashboard warm-up of {} {} failed: {}", y.scope().municipalityCode(), y.year(), e.toString());
            }
        }
        log.info("Dashboard warm-up: {} municipality-years in {} ms", done, (System.nanoTime() - started) / 1_000_000);
        return done;
    }

    private record Scoped(Scope scope, int year) {
    }
}
