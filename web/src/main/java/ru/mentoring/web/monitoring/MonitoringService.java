package ru.mentoring.web.monitoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.monitoring.MonitoringApi.Assessment;
import ru.mentoring.web.monitoring.MonitoringApi.Centre;
import ru.mentoring.web.monitoring.MonitoringApi.CompetencySummary;
import ru.mentoring.web.monitoring.MonitoringApi.CompetencyUpload;
import ru.mentoring.web.monitoring.MonitoringApi.CreatedRound;
import ru.mentoring.web.monitoring.MonitoringApi.CuratorItem;
import ru.mentoring.web.monitoring.MonitoringApi.DistrictStage1;
import ru.mentoring.web.monitoring.MonitoringApi.Dynamics;
import ru.mentoring.web.monitoring.MonitoringApi.EventView;
import ru.mentoring.web.monitoring.MonitoringApi.NewEvent;
import ru.mentoring.web.monitoring.MonitoringApi.Participant;
import ru.mentoring.web.monitoring.MonitoringApi.PersonalLink;
import ru.mentoring.web.monitoring.MonitoringApi.Plan;
import ru.mentoring.web.monitoring.MonitoringApi.PlanSummary;
import ru.mentoring.web.monitoring.MonitoringApi.RoadmapTable;
import ru.mentoring.web.monitoring.MonitoringApi.RoundDetails;
import ru.mentoring.web.monitoring.MonitoringApi.RoundSummary;
import ru.mentoring.web.monitoring.MonitoringApi.School;
import ru.mentoring.web.monitoring.MonitoringApi.SchoolStage1;
import ru.mentoring.web.monitoring.MonitoringApi.StaffMember;
import ru.mentoring.web.monitoring.MonitoringApi.TargetReport;
import ru.mentoring.web.monitoring.MonitoringApi.Template;

/** Monitoring's pages' data, read from the services as the signed-in person (so only what they may see). */
@Service
class MonitoringService {

    private static final ParameterizedTypeReference<List<RoundSummary>> ROUNDS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Template>> TEMPLATES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<School>> SCHOOLS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Participant>> PARTICIPANTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<PlanSummary>> PLANS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<CuratorItem>> CURATOR_ITEMS = new ParameterizedTypeReference<>() {
    };

    private final GatewayClient gateway;

    MonitoringService(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** The schools the person may see, by code, in the order of their short names. */
    Map<String, School> schools() {
        return gateway.get(SCHOOLS, "/api/registry/schools").stream()
                .sorted(Comparator.comparing(School::label))
                .collect(Collectors.toMap(School::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    List<RoundSummary> rounds(String schoolCode, Integer programmeYear) {
        return get(ROUNDS, uri("/api/monitoring/rounds", "schoolCode", schoolCode, "programmeYear", programmeYear));
    }

    RoundDetails round(UUID id) {
        return gateway.get(RoundDetails.class, "/api/monitoring/rounds/{id}", id);
    }

    List<Template> templates() {
        return gateway.get(TEMPLATES, "/api/monitoring/questionnaires");
    }

    /** The registry's people of a school, by id (none when the registry does not show them). */
    Map<UUID, Participant> participants(String schoolCode) {
        return gateway.listOrEmpty(PARTICIPANTS, "/api/registry/schools/{code}/participants", schoolCode).stream()
                .collect(Collectors.toMap(Participant::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    CreatedRound openRound(RoundForm.Request request) {
        return gateway.post(CreatedRound.class, request, "/api/monitoring/rounds");
    }

    PersonalLink reissue(UUID round, UUID respondent) {
        return gateway.post(PersonalLink.class, null, "/api/monitoring/rounds/{id}/respondents/{respondent}/link", round, respondent);
    }

    Assessment assessment(int year, String schoolCode, String form) {
        return get(ParameterizedTypeReference.forType(Assessment.class), uri("/api/monitoring/assessment", "programmeYear", year, "schoolCode", schoolCode,
                "form", form));
    }

    Dynamics dynamics(int year, String schoolCode, String form) {
        return get(ParameterizedTypeReference.forType(Dynamics.class), uri("/api/monitoring/dynamics", "programmeYear", year, "schoolCode", schoolCode,
                "form", form));
    }

    TargetReport targets(int year, String schoolCode) {
        return get(ParameterizedTypeReference.forType(TargetReport.class), uri("/api/monitoring/targets", "programmeYear", year, "schoolCode", schoolCode));
    }

    CompetencySummary competency(int year, String schoolCode) {
        return get(ParameterizedTypeReference.forType(CompetencySummary.class), uri("/api/monitoring/competency-scores/summary", "programmeYear", year,
                "schoolCode", schoolCode));
    }

    List<CuratorItem> curatorQuestionnaire() {
        return gateway.get(CURATOR_ITEMS, "/api/monitoring/stage1/questionnaire");
    }

    SchoolStage1 stage1(int year, String schoolCode) {
        return gateway.get(SchoolStage1.class, "/api/monitoring/stage1/{year}/schools/{code}", year, schoolCode);
    }

    SchoolStage1 writeStage1(int year, String schoolCode, Map<String, Object> body) {
        return gateway.put(SchoolStage1.class, body, "/api/monitoring/stage1/{year}/schools/{code}", year, schoolCode);
    }

    DistrictStage1 district(int year) {
        return gateway.get(DistrictStage1.class, "/api/monitoring/stage1/{year}/district", year);
    }

    List<PlanSummary> plans(int year) {
        return gateway.get(PLANS, "/api/monitoring/plans?programmeYear={year}", year);
    }

    Plan plan(UUID id, boolean overdueOnly) {
        return plan(id, overdueOnly, null);
    }

    /** The plan; only the events of one activity of the centre when {@code activity} is given. */
    Plan plan(UUID id, boolean overdueOnly, String activity) {
        return activity == null ? gateway.get(Plan.class, "/api/monitoring/plans/{id}?overdue={overdue}", id, overdueOnly)
                : gateway.get(Plan.class, "/api/monitoring/plans/{id}?overdue={overdue}&activity={activity}", id, overdueOnly, activity);
    }

    /** The plan as a workbook (monitoring answers XLSX to that {@code Accept}), with the centre's columns. */
    ResponseEntity<byte[]> planWorkbook(UUID id, String activity) {
        Query query = uri("/api/monitoring/plans/" + id, "activity", activity);
        return gateway.download(org.springframework.http.MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), query.template(), query.values());
    }

    EventView editEvent(UUID plan, UUID event, NewEvent description) {
        return gateway.put(EventView.class, description, "/api/monitoring/plans/{id}/events/{event}", plan, event);
    }

    RoadmapTable roadmaps(int year) {
        return gateway.get(RoadmapTable.class, "/api/monitoring/roadmaps?programmeYear={year}", year);
    }

    Centre centre() {
        return gateway.get(Centre.class, "/api/monitoring/centre");
    }

    /** The centre's whole description (monitoring replaces the previous one). */
    Centre saveCentre(String name, String headName, String headPosition, List<StaffMember> staff) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("headName", headName);
        body.put("headPosition", blankToNull(headPosition));
        body.put("staff", staff.stream().map(m -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("fullName", m.fullName());
            member.put("position", blankToNull(m.position()));
            member.put("role", m.role());
            return member;
        }).toList());
        return gateway.put(Centre.class, body, "/api/monitoring/centre");
    }

    Plan createPlan(int year, String schoolCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeYear", year);
        body.put("schoolCode", schoolCode);
        return gateway.post(Plan.class, body, "/api/monitoring/plans");
    }

    EventView updateEvent(UUID plan, UUID event, String status, String evidence, String evidenceUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("evidence", blankToNull(evidence));
        body.put("evidenceUrl", blankToNull(evidenceUrl));
        return gateway.patch(EventView.class, body, "/api/monitoring/plans/{id}/events/{event}", plan, event);
    }

    EventView addEvent(UUID plan, NewEvent event) {
        return gateway.post(EventView.class, event, "/api/monitoring/plans/{id}/events", plan);
    }

    /** The district competency testing's scores file, stored whole or refused with its rows' reasons. */
    CompetencyUpload uploadCompetency(MultipartFile file) {
        return gateway.postMultipart(CompetencyUpload.class, file, "file", "/api/monitoring/competency-scores");
    }

    ResponseEntity<byte[]> note(int year, String schoolCode, String format) {
        return download(uri("/api/monitoring/reports/note", "programmeYear", year, "schoolCode", schoolCode,
                "format", format));
    }

    /** The short report to the head of the education department (the municipality's; PDF or DOCX). */
    ResponseEntity<byte[]> headReport(int year, String format) {
        return download(uri("/api/monitoring/reports/head-report", "programmeYear", year, "format", format));
    }

    /**
     * A path with the query parameters that have a value (the services read an absent one as "all"),
     * as a URI template and its values, so that the client encodes whatever a person typed.
     */
    record Query(String template, Object[] values) {
    }

    static Query uri(String path, Object... pairs) {
        StringBuilder template = new StringBuilder(path);
        List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null && !(value instanceof String s && s.isBlank())) {
                template.append(values.isEmpty() ? '?' : '&').append(pairs[i]).append("={v").append(values.size()).append('}');
                values.add(value);
            }
        }
        return new Query(template.toString(), values.toArray());
    }

    private <T> T get(ParameterizedTypeReference<T> type, Query query) {
        return gateway.get(type, query.template(), query.values());
    }

    private ResponseEntity<byte[]> download(Query query) {
        return gateway.download(query.template(), query.values());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A refusal to show next to the form (what was typed is wrong), not an error page. */
    static boolean isFormError(ServiceException e) {
        int status = e.problem().status();
        return status == 400 || status == 409 || status == 422;
    }
}
