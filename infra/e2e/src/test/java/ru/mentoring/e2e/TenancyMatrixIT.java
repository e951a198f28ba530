package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every endpoint of every service, through the gateway with real tokens, aimed
 * at its own school, a neighbouring school of the same municipality, a school of another
 * municipality, a school (or id) that does not exist, and the region as a whole.
 *
 * <p>The endpoints come from the services' own OpenAPI documents, so a new endpoint joins the
 * matrix by itself; a path variable or required parameter the tables below cannot fill fails the
 * test instead of dropping the endpoint. The rules are stated once:
 * <ul>
 * <li>another tenant's resource answers exactly as a missing one (status and body, once the code or
 * id is replaced by a placeholder and correlation id, instance and timestamps are dropped);</li>
 * <li>no answer (JSON, CSV, XLSX, DOCX, PDF, error) names a school, municipality or person outside
 * the caller's scope, and a department viewer or region analyst never sees a person's name;</li>
 * <li>a write from outside the scope is refused and changes nothing the owner reads.</li>
 * </ul>
 * Writes inside the caller's own scope are not sent: other tests prove them, and the matrix must not
 * change the demo district it measures.
 */
class TenancyMatrixIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DEMO = "millerovo";
    static final String OTHER = "other-district";
    static final String YEAR = "2025";
    static final List<String> SERVICES = List.of("registry", "index", "monitoring");
    /** Operations each service must at least expose: near the real counts, so losing the document or its parsing fails. */
    static final Map<String, Integer> MIN_OPERATIONS = Map.of("registry", 35, "index", 16, "monitoring", 22);

    /** The callers of the matrix, one per kind of reach. */
    enum Caller {
        COORDINATOR("coordinator"), DEPARTMENT("department"), SCHOOL_ADMIN("admin-mil-sosh-4"),
        OTHER_COORDINATOR("coordinator-other"), REGION("region");

        final String login;

        Caller(String login) {
            this.login = login;
        }
    }

    /** Whom a request is aimed at: a tenant's resource, a missing one, or no tenant at all (the region). */
    enum Aim { SOSH4, SOSH1, FOREIGN, MISSING, WHOLE }

    /** What a tenant owns that a path can name: one school's code, municipality and ids. */
    record Tenant(String school, String municipality, Map<String, String> ids) {

        String id(String slot) {
            return ids.get(slot);
        }
    }

    record Endpoint(String service, String method, String path, JsonNode operation) {

        String key() {
            return method + " " + path;
        }

        boolean write() {
            return !method.equals("GET");
        }

        boolean isPublic() {
            return path.startsWith("/api/monitoring/public/");
        }
    }

    /** How the target is named: in the path, in a query filter, in the body, or not at all. */
    enum Naming { PATH, QUERY, BODY, NONE }

    record Case(Caller caller, Endpoint endpoint, String variant, Aim aim, Naming naming, String url, String accept,
            String contentType, byte[] body) {

        String label() {
            return endpoint.key() + (variant.isEmpty() ? "" : " [" + variant + "]");
        }

        String sent() {
            return java.net.URLDecoder.decode(url, StandardCharsets.UTF_8) + (body == null ? "" : "\n" + new String(body, StandardCharsets.UTF_8));
        }
    }

    record Result(Case c, int status, String contentType, String text) {
    }

    static PlatformClient client;
    static final Map<String, List<Endpoint>> ENDPOINTS = new TreeMap<>();
    /** Per service: the tenants its paths name (the index knows other municipalities' schools from its cohort). */
    static final Map<String, Map<Aim, Tenant>> TENANTS = new LinkedHashMap<>();
    static final List<String> UNRESOLVED = new ArrayList<>();
    static final List<Result> READS = new ArrayList<>();
    static final List<Result> WRITES = new ArrayList<>();
    static final List<Result> REREADS = new ArrayList<>();
    static final Map<String, Integer> NOT_SENT = new TreeMap<>();
    static final Universe UNIVERSE = new Universe();

    @BeforeAll
    static void runTheMatrix() throws Exception {
        long started = System.nanoTime();
        client = E2EPlatform.client();
        for (String service : SERVICES) {
            ENDPOINTS.put(service, endpoints(service));
        }
        prepareTenants();
        prepareIndex();
        UNIVERSE.collect();

        List<Case> reads = new ArrayList<>();
        List<Case> writes = new ArrayList<>();
        for (List<Endpoint> list : ENDPOINTS.values()) {
            for (Endpoint e : list) {
                for (Caller caller : Caller.values()) {
                    for (Case c : cases(caller, e)) {
                        if (!e.write()) {
                            reads.add(c);
                        } else if (shouldSend(c)) {
                            writes.add(c);
                        } else {
                            NOT_SENT.merge(e.service() + " " + caller.login, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        READS.addAll(run(reads));
        WRITES.addAll(run(writes));
        // the owners read again what they read before the writes from outside
        List<Case> owners = READS.stream().filter(r -> isOwnerRead(r)).map(Result::c).toList();
        REREADS.addAll(run(owners));
        printSummary((System.nanoTime() - started) / 1_000_000_000.0);
    }

    // ---------------------------------------------------------------------------------------- tests

    @Test
    void theMatrixCoversEveryEndpointOfEveryServiceAndFillsEveryVariable() {
        assertThat(UNRESOLVED).as("path variables or required parameters the matrix cannot fill").isEmpty();
        for (String service : SERVICES) {
            assertThat(ENDPOINTS.get(service).size()).as("operations in the OpenAPI document of " + service)
                    .isGreaterThanOrEqualTo(MIN_OPERATIONS.get(service));
            for (Endpoint e : ENDPOINTS.get(service)) {
                for (Caller caller : Caller.values()) {
                    boolean asked = READS.stream().anyMatch(r -> r.c().endpoint() == e && r.c().caller() == caller)
                            || WRITES.stream().anyMatch(r -> r.c().endpoint() == e && r.c().caller() == caller);
                    if (!e.write()) {
                        assertThat(asked).as(caller.login + " reads " + e.key()).isTrue();
                    }
                }
            }
            long writesSent = WRITES.stream().filter(r -> r.c().endpoint().service().equals(service)).count();
            long writeOps = ENDPOINTS.get(service).stream().filter(Endpoint::write).count();
            assertThat(writesSent).as("writes from outside the scope sent to " + service).isGreaterThanOrEqualTo(writeOps);
        }
    }

    @Test
    void everyRoleGetsTheStatusItsReachGives() {
        List<String> failures = new ArrayList<>();
        for (Result r : concat(READS, WRITES)) {
            String expected = expectedStatus(r);
            if (expected != null && !matches(expected, r.status())) {
                failures.add(line(r, expected));
            }
        }
        report("statuses", failures);
    }

    @Test
    void anotherTenantsResourceAnswersExactlyAsAMissingOne() {
        List<String> failures = new ArrayList<>();
        Map<String, Result> missing = new LinkedHashMap<>();
        for (Result r : concat(READS, WRITES)) {
            if (r.c().aim() == Aim.MISSING) {
                missing.put(groupKey(r.c()), r);
            }
        }
        for (Result r : concat(READS, WRITES)) {
            Case c = r.c();
            if (c.aim() == Aim.MISSING || c.aim() == Aim.WHOLE || c.endpoint().isPublic() || inScope(c)) {
                continue;
            }
            Result twin = missing.get(groupKey(c));
            if (twin == null) {
                failures.add(c.label() + " | " + c.caller().login + " | " + c.aim() + " | no request for a missing resource to compare with");
                continue;
            }
            String mine = normalized(r);
            String theirs = normalized(twin);
            if (r.status() != twin.status() || !mine.equals(theirs)) {
                failures.add(c.label() + " | " + c.caller().login + " | " + c.aim() + " | expected as missing: " + twin.status() + " "
                        + abbreviate(theirs) + " | actual: " + r.status() + " " + abbreviate(mine));
            }
        }
        report("another tenant's resource vs a missing one", failures);
    }

    @Test
    void theLeakDetectorFindsWhatItLooksFor() {
        // the other district's list of its own people would be a leak for the demo's coordinator
        Result foreignPeople = READS.stream().filter(r -> r.c().caller() == Caller.OTHER_COORDINATOR && r.status() == 200
                && r.text().contains(FOREIGN_PEOPLE[0][0]) && r.text().contains(FOREIGN_SCHOOL)).findFirst().orElseThrow();
        assertThat(UNIVERSE.leaks(as(Caller.COORDINATOR, foreignPeople))).contains(FOREIGN_PEOPLE[0][0], FOREIGN_SCHOOL);
        assertThat(UNIVERSE.leaks(foreignPeople)).isEmpty();
        // the demo's people: names for the department viewer, another school for a school administrator
        Result demoPeople = READS.stream().filter(r -> r.c().caller() == Caller.COORDINATOR && r.status() == 200
                && r.c().url().startsWith("/api/registry/schools/mil-sosh-1/participants")).findFirst().orElseThrow();
        assertThat(UNIVERSE.leaks(as(Caller.DEPARTMENT, demoPeople))).isNotEmpty();
        assertThat(UNIVERSE.leaks(as(Caller.SCHOOL_ADMIN, demoPeople))).isNotEmpty();
        assertThat(UNIVERSE.leaks(as(Caller.REGION, demoPeople))).isNotEmpty();
        Result demoSchools = READS.stream().filter(r -> r.c().caller() == Caller.COORDINATOR && r.status() == 200
                && r.c().url().equals("/api/registry/schools")).findFirst().orElseThrow();
        assertThat(UNIVERSE.leaks(as(Caller.SCHOOL_ADMIN, demoSchools))).contains("mil-sosh-1").doesNotContain("mil-sosh-4");
        assertThat(UNIVERSE.leaks(as(Caller.OTHER_COORDINATOR, demoSchools))).contains("mil-sosh-4", DEMO);
    }

    /** The same answer as if another caller had received it (nothing of it sent by them). */
    static Result as(Caller caller, Result r) {
        Case c = r.c();
        return new Result(new Case(caller, c.endpoint(), c.variant(), c.aim(), c.naming(), "/probe", null, null, null), r.status(),
                r.contentType(), r.text());
    }

    @Test
    void noAnswerNamesASchoolMunicipalityOrPersonOutsideTheCallersScope() {
        List<String> failures = new ArrayList<>();
        for (Result r : concat(READS, WRITES)) {
            Set<String> leaked = UNIVERSE.leaks(r);
            if (!leaked.isEmpty()) {
                failures.add(r.c().label() + " | " + r.c().caller().login + " | " + r.c().aim() + " | status " + r.status()
                        + " | names outside the scope: " + leaked.stream().limit(8).toList()
                        + (leaked.size() > 8 ? " and " + (leaked.size() - 8) + " more" : ""));
            }
            if (r.text().startsWith("<unreadable")) {
                failures.add(r.c().label() + " | " + r.c().caller().login + " | " + r.c().aim() + " | " + r.text());
            }
        }
        report("names outside the caller's scope", failures);
    }

    @Test
    void writesFromOutsideTheScopeChangeNothingTheOwnerReads() {
        List<String> failures = new ArrayList<>();
        Map<String, Result> before = new LinkedHashMap<>();
        READS.stream().filter(TenancyMatrixIT::isOwnerRead).forEach(r -> before.put(r.c().url() + " " + r.c().accept() + " " + r.c().caller(), r));
        assertThat(REREADS).as("the owners' reads to compare").hasSizeGreaterThan(50);
        for (Result after : REREADS) {
            Result was = before.get(after.c().url() + " " + after.c().accept() + " " + after.c().caller());
            String a = normalized(after);
            String b = normalized(was);
            if (after.status() != was.status() || !a.equals(b)) {
                failures.add(after.c().label() + " | " + after.c().caller().login + " | " + after.c().aim() + " | before: " + was.status()
                        + " " + abbreviate(difference(b, a)) + " | after: " + after.status() + " " + abbreviate(difference(a, b)));
            }
        }
        report("changed by writes from outside", failures);
    }

    // ------------------------------------------------------------------------------ expectations

    /** Endpoints only the platform's services call (their role internal-service): every person gets 403. */
    static final Set<String> SERVICE_ONLY = Set.of("GET /api/registry/pairs/in-period", "GET /api/registry/statistics/in-period",
            "GET /api/registry/programmes/events-in-period", "GET /api/registry/recognition/awarded",
            "GET /api/registry/management/in-municipality");

    /** null: no expectation of its own (a missing target: only compared with, a query filter: only compared). */
    static String expectedStatus(Result r) {
        Case c = r.c();
        Endpoint e = c.endpoint();
        if (e.isPublic()) {
            return "400|404|410"; // a personal link that does not exist, whoever asks
        }
        if (c.caller() == Caller.REGION && !e.service().equals("index")) {
            return "403"; // the gateway: the region's analyst reaches the index only
        }
        if (SERVICE_ONLY.contains(e.key())) {
            return "403"; // a read for another service's token; no person's role opens it
        }
        if (e.path().startsWith("/api/registry/me/")) {
            return "403"; // a mentor's or mentee's own account only (OwnAccountsIT): none of the matrix's callers has one
        }
        if (c.caller() == Caller.DEPARTMENT && e.write()) {
            return "403";
        }
        if (c.aim() == Aim.WHOLE) {
            if (e.write()) {
                return "403"; // sent only for callers who may not write the region's data
            }
            return fullReader(c) ? "2xx" : "2xx|403";
        }
        if (c.aim() == Aim.MISSING || !inScope(c)) {
            return switch (c.naming()) {
                case PATH -> "403|404";
                case BODY -> "400|403|404|409|422";
                default -> "1xx|2xx|3xx|400|403|404|409|422";
            };
        }
        return fullReader(c) ? "2xx" : "2xx|403";
    }

    /** Callers whose every read of their own scope must succeed: no endpoint is closed to them by role. */
    static boolean fullReader(Case c) {
        return c.caller() == Caller.COORDINATOR || (c.caller() == Caller.REGION && c.endpoint().service().equals("index"));
    }

    static boolean matches(String expected, int status) {
        for (String option : expected.split("\\|")) {
            if (option.endsWith("xx") ? status / 100 == option.charAt(0) - '0' : Integer.parseInt(option) == status) {
                return true;
            }
        }
        return false;
    }

    /** Whether the aimed tenant lies within the caller's reach, for reading or, on a write, for writing. */
    static boolean inScope(Case c) {
        if (c.aim() == Aim.MISSING) {
            return false;
        }
        if (c.aim() == Aim.WHOLE) {
            return true;
        }
        Tenant t = TENANTS.get(c.endpoint().service()).get(c.aim());
        // a path that names a municipality asks for the municipality's figures, not one school's
        String school = c.endpoint().path().contains("{municipality}") ? null : t.school();
        return reaches(c.caller(), c.endpoint().service(), school, t.municipality(), c.endpoint().write());
    }

    static boolean reaches(Caller caller, String service, String school, String municipality, boolean write) {
        return switch (caller) {
            case COORDINATOR -> DEMO.equals(municipality);
            case DEPARTMENT -> !write && DEMO.equals(municipality);
            case SCHOOL_ADMIN -> "mil-sosh-4".equals(school);
            case OTHER_COORDINATOR -> OTHER.equals(municipality);
            case REGION -> service.equals("index");
        };
    }

    /** Writes inside the caller's own scope are not sent; everything that must be refused is. */
    static boolean shouldSend(Case c) {
        Endpoint e = c.endpoint();
        if (e.isPublic() || c.caller() == Caller.DEPARTMENT || (c.caller() == Caller.REGION && !e.service().equals("index"))) {
            return true;
        }
        if (c.aim() == Aim.MISSING) {
            // the region's analyst may create anywhere in the region's cohort: nothing is outside to compare with
            return !(c.caller() == Caller.REGION && e.service().equals("index"));
        }
        if (c.aim() == Aim.WHOLE) {
            // the region's cohort data of the index: written by the region's analyst (and a coordinator for their
            // own municipality); a school administrator or another district's coordinator must be refused
            return e.service().equals("index") && (c.caller() == Caller.SCHOOL_ADMIN || c.caller() == Caller.OTHER_COORDINATOR);
        }
        return !inScope(c);
    }

    /** The owner reads their own tenant's resources (or the region): these are read again after the writes. */
    static boolean isOwnerRead(Result r) {
        Case c = r.c();
        if (r.status() != 200 || c.endpoint().isPublic()) {
            return false;
        }
        boolean owner = switch (c.aim()) {
            case SOSH4, SOSH1, WHOLE -> c.caller() == Caller.COORDINATOR;
            case FOREIGN -> c.endpoint().service().equals("index") ? c.caller() == Caller.COORDINATOR || c.caller() == Caller.REGION
                    : c.caller() == Caller.OTHER_COORDINATOR;
            case MISSING -> false;
        };
        // the reports and exports carry the same figures as their JSON; reading those again is enough
        return owner && (c.accept() == null || !c.accept().equals(XLSX)) && !c.variant().contains("format=");
    }

    // ----------------------------------------------------------------------------- the endpoints

    static List<Endpoint> endpoints(String service) {
        String url = E2EPlatform.serviceUrl(service) + "/v3/api-docs";
        PlatformClient.Response doc = client.get(null, url);
        if (doc.status() != 200) {
            doc = client.get("coordinator", url);
        }
        assertThat(doc.status()).as("OpenAPI document of " + service).isEqualTo(200);
        JsonNode root = doc.json();
        List<Endpoint> list = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    ObjectNode operation = (ObjectNode) op.getValue().deepCopy();
                    operation.set("components", root.path("components"));
                    list.add(new Endpoint(service, method, path.getKey(), operation));
                }
            }
        }
        list.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return list;
    }

    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Every request of one caller to one endpoint: its variants (media, formats, banks) times its aims. */
    static List<Case> cases(Caller caller, Endpoint e) {
        List<String> pathVars = new ArrayList<>();
        VARIABLE.matcher(e.path()).results().forEach(m -> pathVars.add(m.group(1)));
        List<String> requiredQuery = new ArrayList<>();
        Set<String> optionalQuery = new LinkedHashSet<>();
        for (JsonNode p : e.operation().path("parameters")) {
            if (p.path("in").asString().equals("query")) {
                (p.path("required").asBoolean() ? requiredQuery : optionalQuery).add(p.path("name").asString());
            }
        }
        boolean tenantInPath = pathVars.stream().anyMatch(v -> isTenantVariable(e, v));
        String schoolFilter = optionalQuery.stream().filter(q -> q.equals("schoolCode") || q.equals("school")).findFirst().orElse(null);

        // variants that are not about tenants: enumerated path variables and formats, media types
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(new LinkedHashMap<>());
        for (String v : pathVars) {
            if (v.equals("bank")) {
                variants = expand(variants, "path:bank", List.of("mentors", "mentees", "pairs"));
            }
        }
        if (optionalQuery.contains("format")) {
            List<String> formats = e.path().contains("/exchange/") ? List.of("csv", "xlsx")
                    // the note for one school's head is a letter: a document, no workbook
                    : e.path().endsWith("/head-report") ? List.of("docx", "pdf")
                    : e.path().contains("/reports/") ? List.of("docx", "pdf", "xlsx") : null;
            if (formats == null) {
                unresolved(e, "format");
            } else {
                variants = expand(variants, "query:format", formats);
            }
        }
        if (!e.write() && producesXlsx(e) && producesJson(e)) {
            variants = expand(variants, "accept", List.of("application/json", XLSX));
        }

        List<Aim> aims;
        Naming naming;
        if (e.isPublic()) {
            aims = List.of(Aim.WHOLE);
            naming = Naming.NONE;
        } else if (tenantInPath) {
            aims = pathVars.contains("municipality") ? List.of(Aim.SOSH4, Aim.FOREIGN, Aim.MISSING)
                    : List.of(Aim.SOSH4, Aim.SOSH1, Aim.FOREIGN, Aim.MISSING);
            naming = Naming.PATH;
        } else if (e.write() && bodyNamesTenant(e)) {
            aims = List.of(Aim.SOSH4, Aim.SOSH1, Aim.FOREIGN, Aim.MISSING);
            naming = Naming.BODY;
        } else if (schoolFilter != null) {
            aims = List.of(Aim.WHOLE, Aim.SOSH4, Aim.SOSH1, Aim.FOREIGN, Aim.MISSING);
            naming = Naming.QUERY;
        } else {
            aims = List.of(Aim.WHOLE);
            naming = Naming.NONE;
        }

        List<Case> cases = new ArrayList<>();
        for (Map<String, String> variant : variants) {
            for (Aim aim : aims) {
                Tenant t = aim == Aim.WHOLE ? TENANTS.get(e.service()).get(Aim.SOSH4) : TENANTS.get(e.service()).get(aim);
                String path = e.path();
                for (String v : pathVars) {
                    String value = variant.containsKey("path:" + v) ? variant.get("path:" + v) : pathValue(e, v, t);
                    if (value == null) {
                        unresolved(e, v);
                        value = "unresolved";
                    }
                    path = path.replace("{" + v + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
                List<String> query = new ArrayList<>();
                for (String q : requiredQuery) {
                    String value = q.equals("schoolCode") ? t.school() : queryValue(q);
                    if (value == null) {
                        unresolved(e, q);
                        value = "unresolved";
                    }
                    query.add(q + "=" + value);
                }
                if (optionalQuery.contains("methodology")) {
                    query.add("methodology=demo-2024");
                }
                if (variant.containsKey("query:format")) {
                    query.add("format=" + variant.get("query:format"));
                }
                if (naming == Naming.QUERY && aim != Aim.WHOLE) {
                    query.add(schoolFilter + "=" + t.school());
                }
                String url = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
                String accept = variant.get("accept");
                String contentType = null;
                byte[] body = null;
                if (e.write()) {
                    Body b = body(e, t);
                    contentType = b.contentType();
                    body = b.bytes();
                }
                String label = String.join(",", variant.entrySet().stream()
                        .map(x -> x.getKey().replaceFirst("^[a-z]+:", "") + "=" + x.getValue().replace(XLSX, "xlsx")).toList());
                cases.add(new Case(caller, e, label, aim, naming, url, accept, contentType, body));
            }
        }
        return cases;
    }

    static List<Map<String, String>> expand(List<Map<String, String>> variants, String key, List<String> values) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> v : variants) {
            for (String value : values) {
                Map<String, String> copy = new LinkedHashMap<>(v);
                copy.put(key, value);
                out.add(copy);
            }
        }
        return out;
    }

    static void unresolved(Endpoint e, String variable) {
        String what = e.service() + " " + e.key() + ": " + variable;
        synchronized (UNRESOLVED) {
            if (!UNRESOLVED.contains(what)) {
                UNRESOLVED.add(what);
            }
        }
    }

    static boolean producesXlsx(Endpoint e) {
        return e.operation().path("responses").toString().contains("spreadsheetml");
    }

    static boolean producesJson(Endpoint e) {
        return e.operation().path("responses").toString().contains("application/json");
    }

    static boolean isTenantVariable(Endpoint e, String v) {
        return switch (v) {
            case "code" -> !e.path().contains("/questionnaires/");
            // the index's runs and data sets are the region's, not a school's: ids of the whole, as for the region
            case "id" -> !e.path().startsWith("/api/index/");
            case "schoolCode", "municipality", "participantId", "pairId", "requestId", "proposalId" -> true;
            default -> false;
        };
    }

    /** The table of path variables: by name (and, for ids, by the resource the path names). */
    static String pathValue(Endpoint e, String v, Tenant t) {
        String p = e.path();
        return switch (v) {
            case "code" -> p.contains("/questionnaires/") ? "MENTOR_BEFORE" : t.school();
            case "schoolCode" -> t.school();
            case "municipality" -> t.municipality();
            case "year", "programmeYear" -> YEAR;
            case "version" -> "demo-2024";
            case "token" -> "matrix-no-such-personal-link";
            case "runId" -> RUN_ID;
            case "participantId" -> t.id("participant");
            case "pairId" -> t.id("pair");
            case "topicId" -> t.id("topic");
            case "respondentId" -> t.id("respondent");
            case "eventId" -> p.startsWith("/api/monitoring/plans/") ? t.id("event") : t.id("missing-programme-event");
            case "requestId" -> p.contains("mentee-requests") ? t.id("menteeRequest") : t.id("missing-pair-request");
            case "proposalId" -> t.id("missing-proposal");
            case "id" -> {
                if (p.startsWith("/api/registry/participants/{id}/mentor-topics")) {
                    yield t.id("topicOwner");
                } else if (p.startsWith("/api/registry/participants/{id}/mentee-requests")) {
                    yield t.id("requestOwner");
                } else if (p.startsWith("/api/registry/participants/")) {
                    yield t.id("participant");
                } else if (p.startsWith("/api/registry/pairs/")) {
                    yield t.id("pair");
                } else if (p.startsWith("/api/registry/bank/mentee-requests/")) {
                    yield t.id("menteeRequest");
                } else if (p.startsWith("/api/registry/documents/")) {
                    yield t.id("document");
                } else if (p.startsWith("/api/registry/recognition/nominations/")) {
                    yield t.id("nomination");
                } else if (p.startsWith("/api/registry/management/")) {
                    yield t.id("management");
                } else if (p.startsWith("/api/monitoring/rounds/")) {
                    yield t.id("round");
                } else if (p.startsWith("/api/monitoring/plans/")) {
                    yield t.id("plan");
                } else if (p.startsWith("/api/monitoring/recommendations/")) {
                    yield t.id("recommendation");
                } else if (p.startsWith("/api/index/years/{year}/data-sets/")) {
                    yield DATA_SET_ID;
                }
                yield null;
            }
            default -> null;
        };
    }

    static String queryValue(String q) {
        return switch (q) {
            case "programmeYear", "year" -> YEAR;
            // a period: the matrix's year
            case "from" -> YEAR + "-01-01";
            case "to" -> YEAR + "-12-31";
            default -> null;
        };
    }

    // ---------------------------------------------------------------------------------- the bodies

    record Body(String contentType, byte[] bytes) {
    }

    /** Uploads whose rows name the school: the tenant is in the file. */
    static String csvBody(Endpoint e, Tenant t) {
        String p = e.path();
        if (p.equals("/api/index/schools")) {
            return "school_code,name,municipality_code,advanced_level\n" + t.school() + ",Матрица,"
                    + t.municipality() + ",false\n";
        } else if (p.endsWith("/indicator-values")) {
            return "school_code,year,indicator_code,value\n" + t.school() + "," + YEAR + ",OGE_MATH_AVG,4.99\n";
        } else if (p.endsWith("/context-values")) {
            return "school_code,year,factor_code,value\n" + t.school() + "," + YEAR + ",LOW_INCOME_SHARE,0.99\n";
        } else if (p.endsWith("/official-low-results")) {
            return "school_code\n" + t.school() + "\n";
        } else if (p.startsWith("/api/monitoring/competency-scores")) {
            return "participant_id,school_code,programme_year,stage,score\n" + t.id("participant") + "," + t.school() + "," + YEAR
                    + ",BEFORE,99\n";
        } else if (p.startsWith("/api/monitoring/learners")) {
            return "participant_id,school_code,programme_year,stage,average_mark,absences,on_register,in_club\n" + t.id("participant")
                    + "," + t.school() + "," + YEAR + ",BEFORE,4,0,нет,нет\n";
        } else if (p.startsWith("/api/registry/exchange/")) {
            return "Код ОО,Табельный номер/ключ,Фамилия,Имя,Категория участника,Стаж\n" + t.school()
                    + ",MATRIX-1,Матрицева,Вера,педагог,10\n";
        } else if (p.endsWith("/documents")) {
            // a school's or a pair's document: the tenant is in the path; only refused writes are sent, so its bytes are never read
            return MATRIX_PDF;
        }
        return null;
    }

    static boolean bodyNamesTenant(Endpoint e) {
        JsonNode content = e.operation().path("requestBody").path("content");
        if (content.has("application/json")) {
            String schema = resolve(e, content.path("application/json").path("schema")).toString();
            return Pattern.compile("\"(schoolCode|municipalityCode|participantId|mentorId|menteeIds)\"").matcher(schema).find()
                    || schemaMentions(e, content.path("application/json").path("schema"), 0);
        }
        return csvBody(e, TENANTS.get(e.service()).get(Aim.SOSH4)) != null;
    }

    static boolean schemaMentions(Endpoint e, JsonNode schema, int depth) {
        JsonNode s = resolve(e, schema);
        if (depth > 4) {
            return false;
        }
        for (Map.Entry<String, JsonNode> prop : s.path("properties").properties()) {
            if (List.of("schoolCode", "municipalityCode", "participantId", "mentorId", "menteeIds").contains(prop.getKey())
                    || schemaMentions(e, prop.getValue(), depth + 1) || schemaMentions(e, prop.getValue().path("items"), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    static Body body(Endpoint e, Tenant t) {
        JsonNode content = e.operation().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            // an upload read from the raw request (CSV or XLSX): the document cannot describe it
            String csv = csvBody(e, t);
            return csv == null ? new Body(null, null) : new Body("text/csv", csv.getBytes(StandardCharsets.UTF_8));
        }
        if (e.path().equals("/api/index/methodologies/{version}") && METHODOLOGY != null) {
            // the version as it stands: a valid body that, refused or not, changes nothing
            return new Body("application/json", METHODOLOGY.getBytes(StandardCharsets.UTF_8));
        }
        if (content.has("application/json")) {
            JsonNode example = example(e, content.path("application/json").path("schema"), "", t, 0, true);
            return new Body("application/json", JSON.writeValueAsString(example).getBytes(StandardCharsets.UTF_8));
        }
        String csv = csvBody(e, t);
        if (csv == null) {
            csv = "school_code\n" + t.school() + "\n";
            unresolved(e, "request body " + content.propertyNames());
        }
        if (content.has("text/csv")) {
            return new Body("text/csv", csv.getBytes(StandardCharsets.UTF_8));
        }
        if (content.has("multipart/form-data")) {
            return new Body("multipart", csv.getBytes(StandardCharsets.UTF_8));
        }
        return new Body(content.propertyNames().iterator().next(), csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The demo methodology as the coordinator reads it, sent back as the body of its PUT. */
    static String METHODOLOGY;
    /** The year's latest classification run and current indicator data set: the region's, read by its analyst. */
    static String RUN_ID;
    static String DATA_SET_ID;

    static JsonNode resolve(Endpoint e, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = e.operation().path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("allOf")) {
            return resolve(e, s.get("allOf").get(0));
        }
        if (s.has("oneOf")) {
            return resolve(e, s.get("oneOf").get(0));
        }
        if (s.has("anyOf")) {
            return resolve(e, s.get("anyOf").get(0));
        }
        return s;
    }

    static String type(JsonNode s) {
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode x : type) {
                if (!x.asString().equals("null")) {
                    return x.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
    }

    /** A minimal, syntactically valid value for a schema: required fields, and every field that names a tenant. */
    static JsonNode example(Endpoint e, JsonNode schema, String name, Tenant t, int depth, boolean required) {
        JsonNode s = resolve(e, schema);
        switch (type(s)) {
            case "object" -> {
                ObjectNode node = JSON.createObjectNode();
                Set<String> req = new HashSet<>();
                s.path("required").forEach(r -> req.add(r.asString()));
                if (depth < 5) {
                    for (Map.Entry<String, JsonNode> prop : s.path("properties").properties()) {
                        String n = prop.getKey();
                        if (req.contains(n) || List.of("schoolCode", "municipalityCode", "participantId", "mentorId", "menteeIds")
                                .contains(n)) {
                            node.set(n, example(e, prop.getValue(), n, t, depth + 1, true));
                        }
                    }
                }
                return node;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                if (name.equals("menteeIds")) {
                    array.add(t.id("participant2"));
                } else {
                    array.add(example(e, s.path("items"), name, t, depth + 1, true));
                }
                return array;
            }
            case "integer" -> {
                return JSON.getNodeFactory().numberNode(switch (name) {
                    case "programmeYear", "year" -> Integer.parseInt(YEAR);
                    case "validityDays" -> 30;
                    case "score" -> 50;
                    default -> s.has("minimum") ? Math.max(1, s.get("minimum").asInt()) : 1;
                });
            }
            case "number" -> {
                return JSON.getNodeFactory().numberNode(1);
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(true);
            }
            default -> {
                if (s.has("enum")) {
                    return s.get("enum").get(0);
                }
                String format = s.path("format").asString();
                String value = switch (name) {
                    case "schoolCode" -> t.school();
                    case "municipalityCode" -> t.municipality();
                    case "participantId", "mentorId" -> t.id("participant");
                    case "menteeIds" -> t.id("participant2");
                    case "code" -> "matrix-new-school";
                    case "templateCode" -> "MENTEE_BEFORE";
                    case "username" -> "matrix.admin";
                    case "email" -> "matrix.admin@demo.local";
                    case "subject" -> "математика";
                    default -> switch (format) {
                        case "date" -> "2025-10-01";
                        case "date-time" -> "2025-10-01T10:00:00Z";
                        case "uuid" -> t.id("participant");
                        case "email" -> "matrix@demo.local";
                        default -> "Матрица";
                    };
                };
                return JSON.getNodeFactory().stringNode(value);
            }
        }
    }

    // --------------------------------------------------------------------------------- the tenants

    static void prepareTenants() {
        Tenant sosh4 = demoTenant("mil-sosh-4", "15");
        Tenant sosh1 = demoTenant("mil-sosh-1", "23");
        Tenant foreign = foreignTenant();
        Tenant missing = new Tenant("mil-sosh-99", "no-such-district", missingIds());
        for (String service : List.of("registry", "monitoring")) {
            TENANTS.put(service, new LinkedHashMap<>(Map.of(Aim.SOSH4, sosh4, Aim.SOSH1, sosh1, Aim.FOREIGN, foreign, Aim.MISSING, missing)));
        }
        // the index knows the region's other municipalities from its cohort: one of their schools
        String foreignSchool = null;
        String foreignMunicipality = null;
        for (JsonNode s : regionCohort()) {
            String municipality = s.path("municipalityCode").asString();
            // a school the demo loaded for another district (not one a hole let an earlier run create)
            if (!municipality.equals(DEMO) && !municipality.equals(missing.municipality())
                    && s.path("source").asString().equals("REGION")) {
                foreignSchool = s.path("code").asString();
                foreignMunicipality = s.path("municipalityCode").asString();
                break;
            }
        }
        assertThat(foreignSchool).as("a cohort school of another municipality in the index").isNotNull();
        Tenant indexForeign = new Tenant(foreignSchool, foreignMunicipality, foreign.ids());
        TENANTS.put("index", new LinkedHashMap<>(Map.of(Aim.SOSH4, sosh4, Aim.SOSH1, sosh1, Aim.FOREIGN, indexForeign,
                Aim.MISSING, missing)));
    }

    /**
     * The whole cohort of the index as another service of the platform reads it (its own token, straight
     * at the index service): what exists in the region, whoever may see it.
     */
    static JsonNode regionCohort() {
        String token = KeycloakAdmin.clientCredentialsToken(client, "registry-service", E2EPlatform.clientSecret("registry-service"));
        PlatformClient.Response r = client.send(client.request(null, E2EPlatform.serviceUrl("index") + "/api/index/schools")
                .header("Authorization", "Bearer " + token).GET());
        JsonNode cohort = ok(r, "the region's cohort");
        assertThat(cohort.size()).as("the region's cohort").isGreaterThan(100);
        return cohort;
    }

    /** The demo has no official list: one of the region's analyst (or, before that role exists, the coordinator). */
    static void prepareIndex() {
        METHODOLOGY = ok(client.get("coordinator", "/api/index/methodologies/demo-2024"), "methodology").toString();
        RUN_ID = ok(client.get("region", "/api/index/years/" + YEAR + "/classification/summary"), "the year's run").get("runId").asString();
        for (JsonNode set : ok(client.get("region", "/api/index/years/" + YEAR + "/data-sets"), "the year's data sets")) {
            if (set.get("current").asBoolean() && "INDICATOR".equals(set.get("kind").asString())) {
                DATA_SET_ID = set.get("id").asString();
            }
        }
        assertThat(DATA_SET_ID).as("the year's current indicator data set").isNotNull();
        if (client.get("coordinator", "/api/index/years/" + YEAR + "/official-low-results/comparison").status() == 404) {
            byte[] list = "school_code\nmil-sosh-4\nmil-sosh-2\n".getBytes(StandardCharsets.UTF_8);
            String path = "/api/index/years/" + YEAR + "/official-low-results";
            for (String owner : List.of("region", "coordinator")) {
                PlatformClient.Response r = client.send(client.request(owner, path).header("Content-Type", "text/csv")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(list)));
                if (r.status() / 100 == 2) {
                    break;
                }
            }
        }
    }

    static Map<String, String> missingIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String slot : List.of("participant", "participant2", "pair", "menteeRequest", "requestOwner", "topic", "topicOwner",
                "round", "respondent", "plan", "event", "recommendation", "missing-programme-event", "missing-pair-request",
                "missing-proposal", "document", "nomination", "management")) {
            ids.put(slot, UUID.nameUUIDFromBytes(("matrix-missing-" + slot).getBytes(StandardCharsets.UTF_8)).toString());
        }
        return ids;
    }

    static Tenant demoTenant(String school, String pairOrder) {
        Map<String, String> ids = new LinkedHashMap<>();
        JsonNode people = ok(client.get("coordinator", "/api/registry/schools/" + school + "/participants"), "participants of " + school);
        List<JsonNode> byExperience = new ArrayList<>();
        people.forEach(byExperience::add);
        byExperience.sort(Comparator.comparingInt(p -> -p.path("experienceYears").asInt()));
        ids.put("participant", byExperience.get(0).get("id").asString());
        ids.put("participant2", byExperience.get(byExperience.size() - 1).get("id").asString());
        fillBank(ids, "coordinator", byExperience);
        JsonNode pairs = ok(client.get("coordinator", "/api/registry/pairs?schoolCode=" + school + "&size=100"), "pairs of " + school);
        for (JsonNode pair : pairs.path("items")) {
            if (pair.path("orderNumber").asString().equals(pairOrder)) {
                ids.put("pair", pair.get("id").asString());
            }
        }
        assertThat(ids.get("pair")).as("the demo pair " + pairOrder + " of " + school).isNotNull();
        if (school.equals("mil-sosh-1")) {
            // stage 1 of a second school, so that both demo schools have one to read
            client.putJson("admin-" + school, "/api/monitoring/stage1/" + YEAR + "/schools/" + school, stage1Body("Сетевое взаимодействие"));
        }
        fillMonitoring(ids, "coordinator", school);
        fillDocument(ids, "coordinator", school);
        fillNomination(ids, "coordinator", school);
        fillManagement(ids, "coordinator", school);
        ids.putAll(missingIdsOnly(ids));
        return new Tenant(school, DEMO, ids);
    }

    static final String MATRIX_PDF = "%PDF-1.4\n% matrix\n%%EOF\n";

    /** A document of the school to name: the first it has, or one (kind «other», so no table changes) added now by the owner. */
    static void fillDocument(Map<String, String> ids, String owner, String school) {
        JsonNode documents = ok(client.get(owner, "/api/registry/schools/" + school + "/documents"), "documents of " + school);
        if (documents.isEmpty()) {
            byte[] pdf;
            try {
                // a real one: the matrix reads every PDF it is answered for names
                pdf = DocumentsIT.pdf();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ok(client.postFile(owner, "/api/registry/schools/" + school + "/documents?kind=OTHER", "file", "matrix.pdf",
                    "application/pdf", pdf), "document of " + school);
            documents = ok(client.get(owner, "/api/registry/schools/" + school + "/documents"), "documents of " + school);
        }
        ids.put("document", documents.get(0).get("id").asString());
    }

    /** A nomination of the school to name: the first it has, or the bank's mentor nominated now by the owner. */
    static void fillNomination(Map<String, String> ids, String owner, String school) {
        String path = "/api/registry/recognition/nominations?schoolCode=" + school;
        JsonNode nominations = ok(client.get(owner, path), "nominations of " + school);
        if (nominations.isEmpty()) {
            ok(client.postJson(owner, "/api/registry/recognition/nominations", JSON.writeValueAsString(Map.of("programmeYear", 2025,
                    "kind", "MENTOR_DIPLOMA", "participantId", ids.get("topicOwner"), "justification", "Матрица: работа с молодыми"))),
                    "nomination of " + school);
            nominations = ok(client.get(owner, path), "nominations of " + school);
        }
        ids.put("nomination", nominations.get(0).get("id").asString());
    }

    /** A member of the school's management team to name: the first it has, or its most experienced teacher added now. */
    static void fillManagement(Map<String, String> ids, String owner, String school) {
        String path = "/api/registry/schools/" + school + "/management";
        JsonNode management = ok(client.get(owner, path), "management of " + school);
        if (management.path("team").isEmpty()) {
            ok(client.postJson(owner, path, JSON.writeValueAsString(Map.of("participantId", ids.get("participant"), "role", "TEAM",
                    "position", "Матрица: заместитель директора"))), "management of " + school);
            management = ok(client.get(owner, path), "management of " + school);
        }
        ids.put("management", management.path("team").get(0).get("id").asString());
    }

    static Map<String, String> missingIdsOnly(Map<String, String> ids) {
        Map<String, String> rest = new LinkedHashMap<>();
        missingIds().forEach((k, v) -> {
            if (!ids.containsKey(k)) {
                rest.put(k, v);
            }
        });
        return rest;
    }

    /** A topic and a mentee request to name: the first person with one, or one added now by the owner. */
    static void fillBank(Map<String, String> ids, String owner, List<JsonNode> byExperience) {
        for (JsonNode p : byExperience) {
            JsonNode topics = client.get(owner, "/api/registry/participants/" + p.get("id").asString() + "/mentor-topics").json();
            if (topics.size() > 0) {
                ids.put("topicOwner", p.get("id").asString());
                ids.put("topic", topics.get(0).get("id").asString());
                break;
            }
        }
        if (!ids.containsKey("topic")) {
            String mentor = byExperience.get(0).get("id").asString();
            JsonNode topic = ok(client.postJson(owner, "/api/registry/participants/" + mentor + "/mentor-topics",
                    "{\"subject\":\"математика\",\"topic\":\"Подготовка к ОГЭ: математика\"}"), "topic");
            ids.put("topicOwner", mentor);
            ids.put("topic", topic.get("id").asString());
        }
        for (JsonNode p : byExperience.reversed()) {
            JsonNode requests = client.get(owner, "/api/registry/participants/" + p.get("id").asString() + "/mentee-requests").json();
            if (requests.size() > 0) {
                ids.put("requestOwner", p.get("id").asString());
                ids.put("menteeRequest", requests.get(0).get("id").asString());
                break;
            }
        }
        if (!ids.containsKey("menteeRequest")) {
            String mentee = byExperience.get(byExperience.size() - 1).get("id").asString();
            JsonNode request = ok(client.postJson(owner, "/api/registry/participants/" + mentee + "/mentee-requests",
                    "{\"difficultyKind\":\"METHODICAL\",\"subject\":\"математика\",\"text\":\"Работа с неуспевающими\"}"), "request");
            ids.put("requestOwner", mentee);
            ids.put("menteeRequest", request.get("id").asString());
        }
    }

    /** A round with a respondent and a plan of events with an event, of the school: found, or opened now by the owner. */
    static void fillMonitoring(Map<String, String> ids, String owner, String school) {
        JsonNode rounds = ok(client.get(owner, "/api/monitoring/rounds?schoolCode=" + school + "&programmeYear=" + YEAR), "rounds");
        if (rounds.isEmpty()) {
            ok(client.postJson(owner, "/api/monitoring/rounds", JSON.writeValueAsString(Map.of("programmeYear", 2025, "schoolCode", school,
                    "templateCode", "MENTEE_BEFORE", "validityDays", 30,
                    "respondents", List.of(Map.of("participantId", ids.get("participant2"), "role", "MENTEE"))))), "round of " + school);
            rounds = ok(client.get(owner, "/api/monitoring/rounds?schoolCode=" + school + "&programmeYear=" + YEAR), "rounds");
        }
        ids.put("round", rounds.get(0).get("id").asString());
        JsonNode round = ok(client.get(owner, "/api/monitoring/rounds/" + ids.get("round")), "round");
        ids.put("respondent", round.path("respondents").get(0).get("id").asString());

        // a plan of the school itself where the service keeps them per school; else the municipality's (below)
        client.postJson(owner, "/api/monitoring/plans", JSON.writeValueAsString(Map.of("programmeYear", 2025, "schoolCode", school)));
        for (JsonNode plan : ok(client.get(owner, "/api/monitoring/plans?programmeYear=" + YEAR), "plans")) {
            if (school.equals(plan.path("schoolCode").asString())) {
                ids.put("plan", plan.get("id").asString());
            }
        }
        if (ids.get("plan") == null) {
            // plans of the municipality only: the municipality's one stands for its schools
            client.postJson(owner, "/api/monitoring/plans", JSON.writeValueAsString(Map.of("programmeYear", 2025)));
            for (JsonNode plan : ok(client.get(owner, "/api/monitoring/plans?programmeYear=" + YEAR), "plans")) {
                if (plan.path("schoolCode").isNull() || plan.path("schoolCode").isMissingNode()) {
                    ids.put("plan", plan.get("id").asString());
                }
            }
        }
        assertThat(ids.get("plan")).as("plan of " + school).isNotNull();
        // a school's roadmap starts empty (the school builds it): its first event, added by the owner
        if (ok(client.get(owner, "/api/monitoring/plans/" + ids.get("plan")), "plan").path("events").isEmpty()) {
            ok(client.postJson(owner, "/api/monitoring/plans/" + ids.get("plan") + "/events", JSON.writeValueAsString(Map.of(
                    "stage", "1", "event", "Матрица: приказ о наставничестве", "monthText", "Сентябрь", "responsible", "Директор",
                    "expectedResult", "Издан приказ"))), "event of the roadmap of " + school);
        }
        ids.put("event", ok(client.get(owner, "/api/monitoring/plans/" + ids.get("plan")), "plan").path("events").get(0).get("id")
                .asString());

        // a recommendation to the school after monitoring (the coordinator's; the school decides on it)
        JsonNode recommendations = ok(client.get(owner, "/api/monitoring/recommendations?programmeYear=" + YEAR + "&schoolCode=" + school),
                "recommendations");
        if (recommendations.isEmpty()) {
            ok(client.postJson(owner, "/api/monitoring/recommendations", JSON.writeValueAsString(Map.of("programmeYear", 2025,
                    "schoolCode", school, "text", "Матрица: провести открытые уроки наставников"))), "recommendation to " + school);
            recommendations = ok(client.get(owner, "/api/monitoring/recommendations?programmeYear=" + YEAR + "&schoolCode=" + school),
                    "recommendations");
        }
        ids.put("recommendation", recommendations.get(0).get("id").asString());
    }

    static final String FOREIGN_SCHOOL = "oth-zarechnaya";
    static final String[][] FOREIGN_PEOPLE = {{"Чужедальнева", "Ксения", "20"}, {"Заоблачный", "Игнат", "2"},
            {"Нездешняя", "Вероника", "1"}};

    /** A school of another municipality with a little life, made by its own coordinator (the demo has none there). */
    static Tenant foreignTenant() {
        String owner = "coordinator-other";
        PlatformClient.Response school = client.postJson(owner, "/api/registry/schools", JSON.writeValueAsString(Map.of(
                "code", FOREIGN_SCHOOL, "fullName", "Муниципальное бюджетное общеобразовательное учреждение Заречная средняя школа",
                "shortName", "МБОУ Заречная СОШ", "kind", "SOSH", "municipalityCode", OTHER)));
        assertThat(school.status()).as("school of another municipality: " + school.body()).isIn(201, 409);
        int n = 1;
        for (String[] p : FOREIGN_PEOPLE) {
            PlatformClient.Response added = client.postJson(owner, "/api/registry/schools/" + FOREIGN_SCHOOL + "/participants",
                    JSON.writeValueAsString(Map.of("externalKey", "OTH-" + n++, "kind", "TEACHER", "lastName", p[0], "firstName", p[1],
                            "subjects", "математика", "experienceYears", Integer.parseInt(p[2]))));
            assertThat(added.status()).as("person of another municipality: " + added.body()).isIn(201, 409);
        }
        JsonNode people = ok(client.get(owner, "/api/registry/schools/" + FOREIGN_SCHOOL + "/participants"), "foreign participants");
        List<JsonNode> byExperience = new ArrayList<>();
        people.forEach(byExperience::add);
        byExperience.sort(Comparator.comparingInt(p -> -p.path("experienceYears").asInt()));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("participant", byExperience.get(0).get("id").asString());
        ids.put("participant2", byExperience.get(byExperience.size() - 1).get("id").asString());
        for (JsonNode p : byExperience) {
            String id = p.get("id").asString();
            if (ok(client.get(owner, "/api/registry/participants/" + id + "/consents"), "consents").isEmpty()) {
                ok(client.postJson(owner, "/api/registry/participants/" + id + "/consents",
                        "{\"givenOn\":\"2025-09-01\",\"documentRef\":\"Согласие № 1-З от 01.09.2025\"}"), "consent");
            }
        }
        fillBank(ids, owner, byExperience);
        JsonNode pairs = ok(client.get(owner, "/api/registry/pairs?schoolCode=" + FOREIGN_SCHOOL), "foreign pairs");
        if (pairs.path("items").isEmpty()) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("mentorId", ids.get("participant"));
            pair.put("menteeIds", List.of(ids.get("participant2")));
            pair.put("form", "TEACHER_TEACHER");
            pair.put("interactionModel", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST");
            pair.put("kind", "TRADITIONAL");
            pair.put("orderNumber", "7-з");
            pair.put("orderDate", "2025-09-10");
            pair.put("startDate", "2025-09-15");
            pair.put("endDate", "2026-05-31");
            ok(client.postJson(owner, "/api/registry/pairs", JSON.writeValueAsString(pair)), "foreign pair");
            pairs = ok(client.get(owner, "/api/registry/pairs?schoolCode=" + FOREIGN_SCHOOL), "foreign pairs");
        }
        ids.put("pair", pairs.path("items").get(0).get("id").asString());
        client.putJson(owner, "/api/monitoring/stage1/" + YEAR + "/schools/" + FOREIGN_SCHOOL, stage1Body("Заречное сотрудничество"));
        fillMonitoring(ids, owner, FOREIGN_SCHOOL);
        fillDocument(ids, owner, FOREIGN_SCHOOL);
        fillNomination(ids, owner, FOREIGN_SCHOOL);
        fillManagement(ids, owner, FOREIGN_SCHOOL);
        ids.putAll(missingIdsOnly(ids));
        return new Tenant(FOREIGN_SCHOOL, OTHER, ids);
    }

    static String stage1Body(String strength) {
        return JSON.writeValueAsString(Map.of(
                "answers", List.of(Map.of("itemKey", "regulation_approved", "value", true),
                        Map.of("itemKey", "beginners_with_mentors_percent", "value", 70),
                        Map.of("itemKey", "joint_work_quality", "value", 8)),
                "strengths", List.of(strength), "weaknesses", List.of("Недостаток времени"),
                "opportunities", List.of("Курсы"), "threats", List.of("Текучесть кадров")));
    }

    static JsonNode ok(PlatformClient.Response r, String what) {
        assertThat(r.status()).as(what + ": " + r.body()).isBetween(200, 299);
        return r.json();
    }

    // ------------------------------------------------------------------------------- the requests

    static List<Result> run(List<Case> cases) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> send(c)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** One request; a failure to get any answer (after one retry) is a result of its own, never an abort of the matrix. */
    static Result send(Case c) {
        try {
            return sendOnce(c);
        } catch (IllegalStateException first) {
            try {
                return sendOnce(c);
            } catch (IllegalStateException e) {
                return new Result(c, -1, "", "<no answer: " + e.getMessage() + ">");
            }
        }
    }

    static Result sendOnce(Case c) {
        PlatformClient.Response r;
        if ("multipart".equals(c.contentType())) {
            r = client.postFile(c.caller().login, c.url(), "file", "matrix.csv", "text/csv", c.body());
        } else {
            HttpRequest.Builder request = client.request(c.caller().login, c.url());
            if (c.accept() != null) {
                request.header("Accept", c.accept());
            }
            HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body());
            if (c.contentType() != null) {
                request.header("Content-Type", c.contentType());
            }
            r = client.send(request.method(c.endpoint().method(), body));
        }
        String contentType = r.header("Content-Type") == null ? "" : r.header("Content-Type");
        return new Result(c, r.status(), contentType, text(r.raw().body(), contentType));
    }

    /** What a person would read in the answer, whatever its format. */
    static String text(byte[] body, String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        try {
            if (ct.contains("spreadsheetml")) {
                StringBuilder all = new StringBuilder();
                DataFormatter formatter = new DataFormatter(Locale.ROOT);
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                    book.forEach(sheet -> {
                        all.append("# ").append(sheet.getSheetName()).append('\n');
                        sheet.forEach(row -> {
                            row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('|'));
                            all.append('\n');
                        });
                    });
                }
                return all.toString();
            }
            if (ct.contains("wordprocessingml")) {
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                    return x.getText();
                }
            }
            if (ct.contains("pdf")) {
                try (PDDocument doc = Loader.loadPDF(body)) {
                    return new PDFTextStripper().getText(doc);
                }
            }
        } catch (Exception e) {
            return "<unreadable " + contentType + ": " + e + ">";
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------ normalization

    static final Set<String> VOLATILE = Set.of("correlationId", "instance", "timestamp", "traceId");

    /** The answer with the aimed tenant's codes and ids as placeholders and the volatile fields dropped. */
    static String normalized(Result r) {
        Tenant t = r.c().aim() == Aim.WHOLE ? null : TENANTS.get(r.c().endpoint().service()).get(r.c().aim());
        String text = r.text();
        if (t != null) {
            // one placeholder for every id: a tenant's slots may share one person, a missing tenant's never do
            for (String id : new LinkedHashSet<>(t.ids().values())) {
                text = text.replace(id, "{id}");
            }
            text = text.replace(t.school(), "{school}").replace(t.municipality(), "{municipality}");
        }
        if (r.contentType().contains("json")) {
            try {
                JsonNode node = JSON.readTree(text);
                dropVolatile(node);
                return node.toString();
            } catch (Exception e) {
                return text;
            }
        }
        return text;
    }

    static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

    /** Drops correlation id and instance, blanks timestamps, and puts validation errors in one order. */
    static void dropVolatile(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(VOLATILE);
            for (String name : new ArrayList<>(o.propertyNames())) {
                JsonNode v = o.get(name);
                if (v.isString() && TIMESTAMP.matcher(v.asString()).matches()) {
                    o.put(name, "{time}");
                } else if (name.equals("errors") && v instanceof ArrayNode errors) {
                    List<JsonNode> sorted = new ArrayList<>();
                    errors.forEach(sorted::add);
                    sorted.sort(Comparator.comparing(JsonNode::toString));
                    errors.removeAll();
                    sorted.forEach(errors::add);
                } else {
                    dropVolatile(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(TenancyMatrixIT::dropVolatile);
        }
    }

    static String groupKey(Case c) {
        return c.caller() + " " + c.endpoint().key() + " " + c.variant();
    }

    // ------------------------------------------------------------------------ what must not leak

    /** The names and codes of every school, municipality and person the demo (and the setup) holds. */
    static final class Universe {

        record School(String code, String municipality, Set<String> names) {
        }

        final Map<String, School> schools = new ConcurrentHashMap<>();
        final Map<String, Set<String>> people = new ConcurrentHashMap<>();
        final Map<String, String> municipalityNames = Map.of(DEMO, "Миллеровский район");
        final Map<String, Set<String>> forbidden = new ConcurrentHashMap<>();
        /** The demo centre's head and staff: the district's officials by name, not participants' personal data. */
        final Set<String> officials = ConcurrentHashMap.newKeySet();

        void collect() {
            for (String owner : List.of("coordinator", "coordinator-other")) {
                for (JsonNode s : ok(client.get(owner, "/api/registry/schools"), "schools")) {
                    String code = s.path("code").asString();
                    add(code, s.path("municipalityCode").asString(), s.path("shortName").asString(), s.path("fullName").asString());
                    Set<String> names = people.computeIfAbsent(code, k -> ConcurrentHashMap.newKeySet());
                    for (JsonNode p : ok(client.get(owner, "/api/registry/schools/" + code + "/participants"), "people")) {
                        names.add(p.path("lastName").asString());
                    }
                }
            }
            JsonNode centre = ok(client.get("coordinator", "/api/monitoring/centre"), "the demo district's centre");
            List<JsonNode> officialNames = new ArrayList<>(List.of(centre.path("headName")));
            centre.path("staff").forEach(m -> officialNames.add(m.path("fullName")));
            officialNames.forEach(n -> officials.addAll(List.of(WORD_SPLIT.split(n.asString("")))));
            for (JsonNode s : regionCohort()) {
                add(s.path("code").asString(), s.path("municipalityCode").asString(), s.path("name").asString());
            }
            assertThat(schools.values().stream().map(School::municipality).distinct().count())
                    .as("municipalities known to the matrix").isGreaterThanOrEqualTo(3);
            assertThat(people.get(FOREIGN_SCHOOL)).as("people of the other municipality").hasSize(FOREIGN_PEOPLE.length);
        }

        void add(String code, String municipality, String... names) {
            School s = schools.computeIfAbsent(code, c -> new School(c, municipality, ConcurrentHashMap.newKeySet()));
            for (String n : names) {
                if (n != null && n.length() >= 6) {
                    s.names().add(n);
                }
            }
        }

        /** Codes and names a caller must never read: outside their reach (persons: also when names are not theirs to see). */
        Set<String> forbiddenFor(Caller caller, String service) {
            return forbidden.computeIfAbsent(caller + " " + service, k -> {
                Set<String> out = new HashSet<>();
                Set<String> allowed = new HashSet<>();
                Set<String> allowedMunicipalities = new HashSet<>();
                boolean seesPeople = caller == Caller.COORDINATOR || caller == Caller.SCHOOL_ADMIN || caller == Caller.OTHER_COORDINATOR;
                for (School s : schools.values()) {
                    boolean in = reaches(caller, service, s.code(), s.municipality(), false);
                    Set<String> tokens = new HashSet<>(s.names());
                    tokens.add(s.code());
                    Set<String> persons = people.getOrDefault(s.code(), Set.of());
                    if (in) {
                        allowed.addAll(tokens);
                        allowedMunicipalities.add(s.municipality());
                        if (seesPeople) {
                            allowed.addAll(persons);
                        } else {
                            out.addAll(persons);
                        }
                    } else {
                        out.addAll(tokens);
                        out.addAll(persons);
                    }
                }
                for (School s : schools.values()) {
                    if (!allowedMunicipalities.contains(s.municipality())) {
                        out.add(s.municipality());
                        if (municipalityNames.containsKey(s.municipality())) {
                            out.add(municipalityNames.get(s.municipality()));
                        }
                    }
                }
                if (!seesPeople) {
                    people.values().forEach(out::addAll);
                    return out.stream().filter(x -> !x.isBlank() && (!allowed.contains(x) || isPerson(x)))
                            .collect(java.util.stream.Collectors.toSet());
                }
                out.removeAll(allowed);
                out.removeIf(String::isBlank);
                return out;
            });
        }

        boolean isPerson(String token) {
            return people.values().stream().anyMatch(s -> s.contains(token));
        }

        /** What the answer names that the caller may not read; what the caller sent itself is not a leak. */
        Set<String> leaks(Result r) {
            Set<String> out = new java.util.TreeSet<>();
            String text = r.text();
            String sent = r.c().sent();
            Set<String> words = new HashSet<>(List.of(WORD_SPLIT.split(text)));
            for (String token : forbiddenFor(r.c().caller(), r.c().endpoint().service())) {
                if (sent.contains(token)) {
                    continue;
                }
                // a centre's member who shares a surname with some participant is still the district's official
                if (officials.contains(token) && r.c().caller() != Caller.OTHER_COORDINATOR) {
                    continue;
                }
                if (!WORD_SPLIT.matcher(token).find()) {
                    // one word (a code, a surname): as a whole word of the answer
                    if (words.contains(token)) {
                        out.add(token);
                    }
                    continue;
                }
                int from = 0;
                while ((from = text.indexOf(token, from)) >= 0) {
                    int end = from + token.length();
                    boolean before = from == 0 || !wordChar(text.charAt(from - 1));
                    boolean after = end >= text.length() || !wordChar(text.charAt(end));
                    if (before && after) {
                        out.add(token);
                        break;
                    }
                    from = end;
                }
            }
            return out;
        }

        static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}_-]+");

        static boolean wordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_';
        }
    }

    // ---------------------------------------------------------------------------------- reporting

    static List<Result> concat(List<Result> a, List<Result> b) {
        List<Result> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String line(Result r, String expected) {
        return r.c().label() + " | " + r.c().caller().login + " | " + r.c().aim() + " | expected " + expected + " | actual " + r.status()
                + " " + abbreviate(r.text());
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    /** The part of {@code a} from where it stops agreeing with {@code b}, for a readable report. */
    static String difference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(Math.max(0, i - 60));
    }

    static void report(String what, List<String> failures) {
        List<String> sorted = failures.stream().distinct().sorted().toList();
        if (!sorted.isEmpty()) {
            System.out.println("\n==== TenancyMatrixIT: " + what + ": " + sorted.size() + " failing cases (endpoint | caller | aim | expected | actual)");
            sorted.forEach(f -> System.out.println("  " + f));
        }
        assertThat(sorted).as(what).isEmpty();
    }

    static void printSummary(double seconds) {
        StringBuilder out = new StringBuilder("\n==== TenancyMatrixIT: the matrix (" + "%.1f".formatted(seconds) + " s)\n");
        out.append("%-11s %-18s %5s %6s %6s %5s %5s %5s %5s %8s%n".formatted("service", "caller", "ops", "reads", "writes", "2xx", "403",
                "404", "other", "not sent"));
        for (String service : SERVICES) {
            for (Caller caller : Caller.values()) {
                List<Result> rs = concat(READS, WRITES).stream()
                        .filter(r -> r.c().endpoint().service().equals(service) && r.c().caller() == caller).toList();
                long reads = rs.stream().filter(r -> !r.c().endpoint().write()).count();
                Predicate<Result> ok = r -> r.status() / 100 == 2;
                out.append("%-11s %-18s %5d %6d %6d %5d %5d %5d %5d %8d%n".formatted(service, caller.login, ENDPOINTS.get(service).size(),
                        reads, rs.size() - reads, rs.stream().filter(ok).count(), rs.stream().filter(r -> r.status() == 403).count(),
                        rs.stream().filter(r -> r.status() == 404).count(),
                        rs.stream().filter(r -> r.status() / 100 != 2 && r.status() != 403 && r.status() != 404).count(),
                        NOT_SENT.getOrDefault(service + " " + caller.login, 0)));
            }
        }
        out.append("requests: ").append(READS.size() + WRITES.size() + REREADS.size()).append(" (owners' reads again after the writes: ")
                .append(REREADS.size()).append(")\n");
        if (!UNRESOLVED.isEmpty()) {
            out.append("unresolved: ").append(UNRESOLVED).append('\n');
        }
        System.out.println(out);
    }
}
