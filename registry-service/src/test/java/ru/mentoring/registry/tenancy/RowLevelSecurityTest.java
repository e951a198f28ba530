package ru.mentoring.registry.tenancy;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.mentoring.platform.tenant.TenantContext;
import ru.mentoring.platform.test.RowLevelSecurityWall;
import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL's row-level security, the last wall behind the service checks and {@code @TenantId}:
 * SQL that forgets the school (plain JdbcTemplate, a native query) still returns no other school's
 * rows for a school administrator, nothing without a tenant, everything for root; the service's
 * role cannot take the wall down; a pooled connection never passes a tenant on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RowLevelSecurityTest {

    static final String M = "rls";
    static final String FORGETFUL = """
            select p.school_code from participant p
            where p.school_code in ('rls-a', 'rls-b') order by p.school_code""";

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

    static String teacherOfA;

    @BeforeAll
    static void twoSchools(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("rls-a");
        data.school("rls-b");
        teacherOfA = data.teacher("rls-a", "a-1", "Алексеева", "химия", 3);
        String teacherOfB = data.teacher("rls-b", "b-1", "Борисова", "химия", 25);
        data.consent(teacherOfA);
        data.consent(teacherOfB);
    }

    @AfterEach
    void noCaller() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void plainSqlThatForgetsTheSchoolReturnsOnlyTheSchoolAdministratorsRows() {
        asSchoolAdmin("rls-a");
        // autocommit, a read-only transaction, a read-write one: the same wall
        assertThat(schools()).containsExactly("rls-a");
        assertThat(inReadOnly()).containsExactly("rls-a");
        List<String> consents = transaction.execute(tx -> jdbc.queryForList(
                "select school_code from consent where school_code in ('rls-a', 'rls-b')", String.class));
        assertThat(consents).containsExactly("rls-a");
    }

    @Test
    void aNativeQueryThatForgetsTheSchoolReturnsOnlyTheSchoolAdministratorsRows() {
        asSchoolAdmin("rls-a");
        List<?> schools = readOnly.execute(tx -> entities.createNativeQuery(FORGETFUL).getResultList());
        assertThat(schools).hasSize(1).allMatch("rls-a"::equals);
    }

    @Test
    void aSchoolAdministratorCannotWriteAnotherSchoolsRowsByPlainSqlEither() {
        asSchoolAdmin("rls-a");
        int updated = transaction.execute(tx -> jdbc.update("update participant set subjects = 'взлом' where school_code = 'rls-b'"));
        assertThat(updated).isZero();
        assertThatThrownBy(() -> transaction.execute(tx -> jdbc.update("update participant set school_code = 'rls-b' where id = ?::uuid",
                teacherOfA))).rootCause().hasMessageContaining("row-level security");
        SecurityContextHolder.clearContext();
        assertThat(jdbc.queryForObject("select count(*) from participant where subjects = 'взлом'", Long.class)).isZero();
    }

    @Test
    void withoutATenantQueriesReturnNothing() {
        // a web request with no caller: the resolver's NONE
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(schools()).isEmpty();
        assertThat(inReadOnly()).isEmpty();
        RequestContextHolder.resetRequestAttributes();
        // app.tenant unset (its default), as a path that bypassed the platform's connections would have it
        List<String> unset = transaction.execute(tx -> {
            jdbc.execute("set local role none");
            jdbc.execute("set local app.tenant to default");
            return schools();
        });
        assertThat(unset).isEmpty();
    }

    @Test
    void rootSeesEverySchool() {
        // no caller and no web request: start-up, system jobs (the resolver's ROOT)
        assertThat(schools()).containsExactly("rls-a", "rls-b");
        List<String> asSystem = TenantContext.callAsSystem(this::inReadOnly);
        assertThat(asSystem).containsExactly("rls-a", "rls-b");
    }

    @Test
    void theServicesRoleDoesNotOwnTheTablesAndCannotSwitchTheWallOff() {
        RowLevelSecurityWall.assertTheServicesRoleCannotSwitchItOff(jdbc, "registry", "participant");
    }

    @Test
    void aPooledConnectionDoesNotCarryATenantToTheNextUse() {
        asSchoolAdmin("rls-a");
        Use first = transaction.execute(tx -> use());
        assertThat(first.schools()).containsExactly("rls-a");
        SecurityContextHolder.clearContext();

        // the same thread gets the same pooled connection back: the backend's pid shows it is the same one
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Use anonymous = transaction.execute(tx -> use());
        assertThat(anonymous.backend()).isEqualTo(first.backend());
        assertThat(anonymous.schools()).isEmpty();
        Use anonymousAutocommit = use();
        assertThat(anonymousAutocommit.backend()).isEqualTo(first.backend());
        assertThat(anonymousAutocommit.schools()).isEmpty();
        RequestContextHolder.resetRequestAttributes();

        Use root = use();
        assertThat(root.backend()).isEqualTo(first.backend());
        assertThat(root.schools()).containsExactly("rls-a", "rls-b");
        asSchoolAdmin("rls-b");
        Use other = readOnly.execute(tx -> use());
        assertThat(other.backend()).isEqualTo(first.backend());
        assertThat(other.schools()).containsExactly("rls-b");
    }

    record Use(int backend, List<String> schools) {
    }

    /** Which server process answered (one per connection), and what it let us see. */
    private Use use() {
        return new Use(jdbc.queryForObject("select pg_backend_pid()", Integer.class), schools());
    }

    private List<String> schools() {
        return jdbc.queryForList(FORGETFUL, String.class);
    }

    private List<String> inReadOnly() {
        return readOnly.execute(tx -> schools());
    }

    /** The caller as the resolver sees it in a request: a school administrator's validated token. */
    static void asSchoolAdmin(String school) {
        Jwt jwt = Jwt.withTokenValue("test").header("alg", "none").claim("sub", "admin-" + school)
                .claim("realm_access", Map.of("roles", List.of("school-admin"))).claim("organization", List.of(school))
                .claim("municipality", M).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }
}
