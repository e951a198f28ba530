package ru.mentoring.registry.school;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.registry.StubHttpServer;
import ru.mentoring.registry.StubHttpServer.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Schools' Keycloak organizations and administrators against a stub Keycloak in the test JVM (its
 * token endpoint too, so the registry's service token is fetched and sent as in production).
 */
@SpringBootTest(properties = "registry.keycloak.enabled=true")
@AutoConfigureMockMvc
class KeycloakOrganizationsTest {

    static final String M = "kco";
    static final String ADMIN = "/admin/realms/mentoring";
    static final StubHttpServer KEYCLOAK = new StubHttpServer();
    /** alias -> id of the organizations the stub "has" */
    static final Map<String, String> ORGS = new ConcurrentHashMap<>();
    static final AtomicInteger IDS = new AtomicInteger();
    static volatile int failOrganizationsWith;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("platform.keycloak.internal-url", KEYCLOAK::url);
    }

    private final MockMvc mvc;

    private final JdbcClient jdbc;

    private final SchoolService schools;

    private final TransactionTemplate transactions;

    KeycloakOrganizationsTest(MockMvc mvc, JdbcClient jdbc, SchoolService schools, TransactionTemplate transactions) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.schools = schools;
        this.transactions = transactions;
    }

    @BeforeEach
    void stub() {
        KEYCLOAK.reset();
        failOrganizationsWith = 0;
        KEYCLOAK.on("POST " + ADMIN + "/organizations", c -> {
            if (failOrganizationsWith != 0) {
                return Reply.json(failOrganizationsWith, "{\"errorMessage\":\"boom\"}");
            }
            String alias = c.body().replaceAll(".*\"alias\":\"([^\"]+)\".*", "$1");
            if (ORGS.containsKey(alias)) {
                return Reply.json(409, "{\"errorMessage\":\"A organization with the same name already exists.\"}");
            }
            String id = "org-" + IDS.incrementAndGet();
            ORGS.put(alias, id);
            return new Reply(201, "", Map.of("Location", KEYCLOAK.url() + ADMIN + "/organizations/" + id));
        });
        KEYCLOAK.on("GET " + ADMIN + "/organizations", c -> Reply.json(200, "[" + String.join(",", ORGS.entrySet().stream()
                .map(e -> "{\"id\":\"%s\",\"name\":\"n\",\"alias\":\"%s\"}".formatted(e.getValue(), e.getKey())).toList()) + "]"));
        KEYCLOAK.on("DELETE " + ADMIN + "/organizations/", c -> {
            ORGS.values().remove(c.path().substring(c.path().lastIndexOf('/') + 1));
            return Reply.status(204);
        });
    }

    @AfterAll
    static void stop() {
        KEYCLOAK.close();
    }

    ResultActions register(String code) throws Exception {
        return mvc.perform(post("/api/registry/schools").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"%s","fullName":"МБОУ СОШ %s","shortName":"СОШ %s","kind":"SOSH","municipalityCode":"%s"}
                        """.formatted(code, code, code, M)));
    }

    boolean stored(String code) {
        return jdbc.sql("select count(*) from school where code = ?").param(code).query(Long.class).single() == 1;
    }

    @Test
    void registeringASchoolCreatesItsOrganizationWithTheServiceToken() throws Exception {
        register("kco-one").andExpect(status().isCreated());
        List<StubHttpServer.Call> created = KEYCLOAK.calls("POST", ADMIN + "/organizations");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).body()).contains("\"alias\":\"kco-one\"").contains("\"name\":\"СОШ kco-one\"")
                .contains("\"municipality\":[\"kco\"]");
        assertThat(created.get(0).authorization()).isEqualTo("Bearer stub-service-token");
        assertThat(stored("kco-one")).isTrue();
        assertThat(ORGS).containsKey("kco-one");
    }

    @Test
    void anOrganizationThatIsAlreadyThereIsFineTheSchoolIsStored() throws Exception {
        ORGS.put("kco-demo", "org-demo"); // as in the demo realm of the local run
        register("kco-demo").andExpect(status().isCreated());
        assertThat(stored("kco-demo")).isTrue();
        assertThat(ORGS).containsEntry("kco-demo", "org-demo");
        assertThat(KEYCLOAK.calls("DELETE", ADMIN + "/organizations/")).isEmpty();
    }

    @Test
    void aCodeTakenInAnotherMunicipalityAndAKeycloakNameConflictAnswerAlikeAndTellNothingOfTheOtherSchool() throws Exception {
        register("kco-taken").andExpect(status().isCreated());
        String taken = mvc.perform(post("/api/registry/schools").with(coordinator("kco-elsewhere")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"kco-taken","fullName":"Чужая школа","shortName":"Чужая","kind":"SOSH","municipalityCode":"kco-elsewhere"}
                                """))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(taken).doesNotContain("СОШ kco-taken").doesNotContain("\"kco\"").doesNotContain("уже зарегистрирована");

        failOrganizationsWith = 409; // Keycloak: an organization of that name exists, under another alias
        String named = mvc.perform(post("/api/registry/schools").with(coordinator("kco-elsewhere")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"kco-named","fullName":"Чужая школа","shortName":"Чужая","kind":"SOSH","municipalityCode":"kco-elsewhere"}
                                """))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(stored("kco-named")).isFalse();
        assertThat(reasonOf(named).replace("kco-named", "?")).isEqualTo(reasonOf(taken).replace("kco-taken", "?"));
    }

    private static String reasonOf(String problem) {
        int at = problem.indexOf("\"reason\"");
        return problem.substring(at, problem.indexOf('}', at));
    }

    @Test
    void whenKeycloakFailsTheSchoolIsNotStored() throws Exception {
        failOrganizationsWith = 500;
        register("kco-fail")
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value("Keycloak сейчас недоступен: изменение не сохранено. Повторите попытку позже."));
        assertThat(stored("kco-fail")).isFalse();
        mvc.perform(get("/api/registry/schools/kco-fail").with(coordinator(M))).andExpect(status().isNotFound());
        // and once Keycloak is back, the same registration goes through
        failOrganizationsWith = 0;
        register("kco-fail").andExpect(status().isCreated());
    }

    @Test
    void anOrganizationMadeForASchoolThatIsThenNotCommittedIsDeleted() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("coordinator-kco").claim("preferred_username", "coordinator-kco")
                .claim("realm_access", Map.of("roles", List.of("coordinator"))).claim("municipality", M).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        try {
            CallerIdentity caller = CallerIdentity.fromClaims(jwt.getClaims());
            transactions.executeWithoutResult(tx -> {
                schools.register(caller, new SchoolRequest("kco-rollback", "МБОУ СОШ", "СОШ rb", SchoolKind.SOSH, false, false, M));
                assertThat(ORGS).containsKey("kco-rollback");
                tx.setRollbackOnly(); // the database says no at the very end
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(stored("kco-rollback")).isFalse();
        assertThat(ORGS).doesNotContainKey("kco-rollback");
        assertThat(KEYCLOAK.calls("DELETE", ADMIN + "/organizations/")).hasSize(1);
    }

    @Test
    void theCoordinatorCreatesTheSchoolsAdministratorAsAMemberWithTheRoleAndTheMunicipality() throws Exception {
        register("kco-adm").andExpect(status().isCreated());
        String org = ORGS.get("kco-adm");
        KEYCLOAK.on("GET " + ADMIN + "/users", c -> Reply.json(200, "[]"));
        KEYCLOAK.on("POST " + ADMIN + "/users", c -> new Reply(201, "", Map.of("Location", KEYCLOAK.url() + ADMIN + "/users/u-42")));
        KEYCLOAK.on("GET " + ADMIN + "/organizations/members/", c -> Reply.json(200, "[]"));
        // the role from the user's available mappings: the service account has view-users, not view-realm
        KEYCLOAK.on("GET " + ADMIN + "/users/u-42/role-mappings/realm/available", c -> Reply.json(200,
                "[{\"id\":\"r-2\",\"name\":\"coordinator\"},{\"id\":\"r-1\",\"name\":\"school-admin\"}]"));
        KEYCLOAK.on("POST " + ADMIN + "/users/u-42/role-mappings/realm", c -> Reply.status(204));
        KEYCLOAK.on("POST " + ADMIN + "/organizations/" + org + "/members", c -> Reply.status(201));
        KEYCLOAK.on("PUT " + ADMIN + "/users/u-42/execute-actions-email", c -> Reply.json(500, "{\"errorMessage\":\"no smtp\"}"));
        mvc.perform(post("/api/registry/schools/kco-adm/administrators").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"admin-kco-adm\",\"email\":\"adm@school.ru\",\"firstName\":\"Ольга\",\"lastName\":\"Кураторова\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.userId").value("u-42"))
                .andExpect(jsonPath("$.organizationId").value(org))
                .andExpect(jsonPath("$.userCreated").value(true))
                .andExpect(jsonPath("$.invitationSent").value(false));
        assertThat(KEYCLOAK.calls("POST", ADMIN + "/users").get(0).body())
                .contains("\"username\":\"admin-kco-adm\"").contains("\"municipality\":[\"kco\"]");
        assertThat(KEYCLOAK.calls("POST", ADMIN + "/users/u-42/role-mappings/realm").get(0).body()).contains("school-admin")
                .doesNotContain("coordinator");
        assertThat(KEYCLOAK.calls("GET", ADMIN + "/roles")).as("no realm-level read").isEmpty();
        assertThat(KEYCLOAK.calls("POST", ADMIN + "/organizations/" + org + "/members").get(0).body()).isEqualTo("u-42");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SCHOOL_ADMINISTRATOR_APPOINTED' and 'kco-adm' = any(school_codes)")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExistingUserOfAnotherMunicipalityOrSchoolIsRefused() throws Exception {
        register("kco-two").andExpect(status().isCreated());
        KEYCLOAK.on("GET " + ADMIN + "/users", c -> Reply.json(200, "[{\"id\":\"u-7\",\"username\":\"someone\"}]"));
        KEYCLOAK.on("GET " + ADMIN + "/users/u-7", c -> Reply.json(200,
                "{\"id\":\"u-7\",\"username\":\"someone\",\"attributes\":{\"municipality\":[\"elsewhere\"]}}"));
        mvc.perform(post("/api/registry/schools/kco-two/administrators").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"someone\",\"email\":\"s@school.ru\",\"firstName\":\"А\",\"lastName\":\"Б\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].reason").value("Пользователь someone относится к другому муниципалитету"));
        KEYCLOAK.on("GET " + ADMIN + "/users/u-7", c -> Reply.json(200, "{\"id\":\"u-7\",\"username\":\"someone\",\"attributes\":{}}"));
        KEYCLOAK.on("PUT " + ADMIN + "/users/u-7", c -> Reply.status(204));
        KEYCLOAK.on("GET " + ADMIN + "/organizations/members/u-7/organizations", c -> Reply.json(200,
                "[{\"id\":\"org-x\",\"alias\":\"kco-other-school\"}]"));
        mvc.perform(post("/api/registry/schools/kco-two/administrators").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"someone\",\"email\":\"s@school.ru\",\"firstName\":\"А\",\"lastName\":\"Б\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("уже администратор другой школы")));
        assertThat(KEYCLOAK.calls("POST", ADMIN + "/organizations/" + ORGS.get("kco-two") + "/members")).isEmpty();
    }

    @Test
    void onlyTheCoordinatorAppointsAndTheInputIsChecked() throws Exception {
        register("kco-three").andExpect(status().isCreated());
        mvc.perform(post("/api/registry/schools/kco-three/administrators").with(schoolAdmin("kco-three", M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x-admin\",\"email\":\"x@school.ru\",\"firstName\":\"А\",\"lastName\":\"Б\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/registry/schools/kco-three/administrators").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"Bad Name\",\"email\":\"not-an-email\",\"firstName\":\"А\",\"lastName\":\"Б\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].reason").value("Неверный адрес электронной почты"));
        mvc.perform(post("/api/registry/schools/kco-three/administrators").with(coordinator("other")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x-admin\",\"email\":\"x@school.ru\",\"firstName\":\"А\",\"lastName\":\"Б\"}"))
                .andExpect(status().isNotFound());
    }
}
