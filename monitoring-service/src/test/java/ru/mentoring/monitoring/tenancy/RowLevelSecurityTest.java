package ru.mentoring.monitoring.tenancy;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.mentoring.monitoring.TestRounds;
import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.platform.tenant.TenantContext;
import ru.mentoring.platform.test.RowLevelSecurityWall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.mentoring.platform.test.TestCallers.coordinator;

/**
 * PostgreSQL's row-level security in monitoring: plain SQL and native queries that forget the
 * school return only the tenant's rounds, respondents, submissions and answers (free text is
 * personal data), nothing without a tenant, everything for root; the service's role cannot take
 * the wall down; a pooled connection never passes a tenant on. Schools {@code mrls-a} and
 * {@code mrls-b} lie in municipality {@code mrls}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class RowLevelSecurityTest {

    static final String ROUNDS = "select school_code from questionnaire_round where school_code like 'mrls-%' order by school_code";
    static final String ANSWERS = """
            select distinct s.school_code from answer_value a join questionnaire_submission s on s.id = a.submission_id
            where s.school_code like 'mrls-%' order by s.school_code""";
    static final String ANSWERS_ALONE = """
            select count(*) from answer_value a where a.submission_id in
              (select id from questionnaire_submission where school_code = 'mrls-b')""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final EntityManager entities;

    RowLevelSecurityTest(JdbcTemplate jdbc, PlatformTransactionManager transactions, EntityManager entities) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.entities = entities;
    }

    @BeforeAll
    static void answeredRoundsInTwoSchools(@Autowired MockMvc mvc) throws Exception {
        for (String school : new String[] {"mrls-a", "mrls-b"}) {
            TestRounds.Round round = TestRounds.open(mvc, coordinator("mrls"), school, "MENTEE_AFTER", "MENTEE", 1);
            // through the personal link, without a token: stored as the round's school
            TestRounds.answer(mvc, coordinator("mrls"), "MENTEE_AFTER", round.links().get(0), Map.of());
        }
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void plainSqlThatForgetsTheSchoolReturnsOnlyTheTenantsRows() {
        List<String> rounds = TenantContext.callAs("mrls-a", () -> jdbc.queryForList(ROUNDS, String.class));
        assertThat(rounds).containsExactly("mrls-a");
        List<String> answers = TenantContext.callAs("mrls-a", () -> readOnly.execute(tx -> jdbc.queryForList(ANSWERS, String.class)));
        assertThat(answers).containsExactly("mrls-a");
        // the answers themselves, without the submission's school in the query
        Long otherSchoolsAnswers = TenantContext.callAs("mrls-a", () -> jdbc.queryForObject(ANSWERS_ALONE, Long.class));
        assertThat(otherSchoolsAnswers).isZero();
        Long respondents = TenantContext.callAs("mrls-a", () -> jdbc.queryForObject(
                "select count(*) from round_respondent where school_code = 'mrls-b'", Long.class));
        assertThat(respondents).isZero();
    }

    @Test
    void aNativeQueryThatForgetsTheSchoolReturnsOnlyTheTenantsRows() {
        List<?> rounds = TenantContext.callAs("mrls-b", () -> readOnly.execute(tx -> entities.createNativeQuery(ROUNDS).getResultList()));
        assertThat(rounds).hasSize(1).allMatch("mrls-b"::equals);
    }

    @Test
    void aTenantCannotWriteAnotherSchoolsRows() {
        Integer updated = TenantContext.callAs("mrls-a", () -> transaction.execute(tx -> jdbc.update(
                "update answer_value set text_value = 'подмена' where text_value is not null and submission_id in"
                        + " (select id from questionnaire_submission where school_code = 'mrls-b')")));
        assertThat(updated).isZero();
        assertThatThrownBy(() -> TenantContext.callAs("mrls-a", () -> transaction.execute(tx -> jdbc.update(
                "update questionnaire_round set school_code = 'mrls-b' where school_code = 'mrls-a'"))))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void withoutATenantQueriesReturnNothing() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(jdbc.queryForList(ROUNDS, String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from answer_value", Long.class)).isZero();
        RequestContextHolder.resetRequestAttributes();
        List<String> unset = transaction.execute(tx -> {
            jdbc.execute("set local role none");
            jdbc.execute("set local app.tenant to default");
            return jdbc.queryForList(ROUNDS, String.class);
        });
        assertThat(unset).isEmpty();
        assertThat(TenantContext.callAs("-", () -> jdbc.queryForList(ROUNDS, String.class))).isEmpty();
    }

    @Test
    void rootSeesEverySchool() {
        assertThat(jdbc.queryForList(ROUNDS, String.class)).containsExactly("mrls-a", "mrls-b");
        List<String> answers = TenantContext.callAsSystem(() -> readOnly.execute(tx -> jdbc.queryForList(ANSWERS, String.class)));
        assertThat(answers).containsExactly("mrls-a", "mrls-b");
    }

    @Test
    void theServicesRoleDoesNotOwnTheTablesAndCannotSwitchTheWallOff() {
        RowLevelSecurityWall.assertTheServicesRoleCannotSwitchItOff(jdbc, "monitoring", "answer_value");
        RowLevelSecurityWall.assertTheServicesRoleCannotSwitchItOff(jdbc, "monitoring", "questionnaire_submission");
        List<String> unforced = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'monitoring' and c.relkind = 'r' and not (c.relrowsecurity and c.relforcerowsecurity)
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'school_code' and not a.attisdropped)""",
                String.class);
        assertThat(unforced).as("school-owned tables without forced row-level security").isEmpty();
    }

    @Test
    void aPooledConnectionDoesNotCarryATenantToTheNextUse() {
        Use first = TenantContext.callAs("mrls-a", () -> transaction.execute(tx -> use()));
        assertThat(first.schools()).containsExactly("mrls-a");
        // the same thread gets the same pooled connection back: the backend's pid shows it is the same one
        Use none = TenantContext.callAs("-", () -> readOnly.execute(tx -> use()));
        assertThat(none.backend()).isEqualTo(first.backend());
        assertThat(none.schools()).isEmpty();
        Use root = use();
        assertThat(root.backend()).isEqualTo(first.backend());
        assertThat(root.schools()).containsExactly("mrls-a", "mrls-b");
        Use other = TenantContext.callAs("mrls-b", this::use);
        assertThat(other.backend()).isEqualTo(first.backend());
        assertThat(other.schools()).containsExactly("mrls-b");
    }

    /**
     * Root reads run as {@code monitoring_all}, which bypasses the policies, so PostgreSQL plans them
     * on real statistics (the policy's tenant test is opaque to it: it guessed one row where there
     * were ten thousand, and the municipality's dynamics took 30 s); a school's reads stay the
     * application role's, under the policy, on the same pooled connection.
     */
    @Test
    void rootReadsArePlannedWithoutThePoliciesAndASchoolsUnderThem() {
        Map<String, Object> root = jdbc.queryForMap("select current_user as role, session_user as login");
        assertThat(root).containsEntry("role", "monitoring_all").containsEntry("login", "monitoring_app");
        assertThat(plan(ROUNDS)).doesNotContain("current_setting");
        Map<String, Object> school = TenantContext.callAs("mrls-a", () -> jdbc.queryForMap("select current_user as role, session_user as login"));
        assertThat(school).containsEntry("role", "monitoring_app").containsEntry("login", "monitoring_app");
        assertThat(TenantContext.callAs("mrls-a", () -> plan(ROUNDS))).contains("current_setting('app.tenant'");
        assertThat(jdbc.queryForObject("select rolcanlogin from pg_roles where rolname = 'monitoring_all'", Boolean.class)).isFalse();
    }

    private String plan(String sql) {
        return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
    }

    record Use(int backend, List<String> schools) {
    }

    private Use use() {
        return new Use(jdbc.queryForObject("select pg_backend_pid()", Integer.class), jdbc.queryForList(ROUNDS, String.class));
    }
}
