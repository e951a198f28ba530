package ru.mentoring.web.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Public for the templates' expressions only. The shapes of monitoring-service's answers that these
 * pages read (see monitoring-service/README.md); codes stay codes here and {@link Labels} names them.
 */
public final class MonitoringApi {

    private MonitoringApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoundSummary(UUID id, int programmeYear, String schoolCode, String templateCode, int templateVersion,
            String templateTitle, OffsetDateTime opensAt, OffsetDateTime closesAt, String createdBy, long respondents, long answered,
            String form) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RespondentView(UUID id, UUID participantId, String role, UUID pairId, String status, OffsetDateTime answeredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoundDetails(RoundSummary round, List<RespondentView> respondents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonalLink(UUID respondentId, UUID participantId, String role, UUID pairId, String token, String path,
            OffsetDateTime expiresAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreatedRound(RoundSummary round, List<PersonalLink> links) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Template(String code, int version, String title, String subtitle, String respondentRole, String stage,
            int itemCount) {
    }

    // --- personal assessment

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessment(int programmeYear, String schoolCode, String form, int satisfiedFrom, int resultSatisfiedFrom,
            List<RoleTable> tables) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleTable(String role, String title, Long respondents, Long satisfiedWithJointWork,
            Double satisfiedWithJointWorkPercent, Long satisfiedWithResult, Double satisfiedWithResultPercent,
            List<Characteristic> characteristics, List<Breakdown> bySchool, List<Breakdown> byForm, boolean suppressed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Characteristic(String itemKey, String characteristic, Long marked, Double percent, boolean suppressed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Breakdown(String key, String label, Long respondents, Long satisfiedWithJointWork,
            Double satisfiedWithJointWorkPercent, Long satisfiedWithResult, Double satisfiedWithResultPercent,
            boolean suppressed) {
    }

    // --- dynamics

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dynamics(int programmeYear, String schoolCode, String form, double significanceLevel, String method,
            List<RoleDynamics> tables) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleDynamics(String role, String title, Long people, List<ItemDynamics> items, boolean suppressed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemDynamics(String itemKey, String text, Integer pairs, Double meanBefore, Double meanAfter,
            Double change, Integer improved, Double improvedPercent, Double pValue, String method, Boolean significant,
            boolean suppressed) {
    }

    // --- targets

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String code, String title, Double value, String unit, double target, Boolean met,
            Map<String, Object> basis, String unavailableReason, boolean suppressed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SchoolTargets(String schoolCode, String schoolName, List<Target> targets) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TargetReport(int programmeYear, String schoolCode, String schoolName, List<Target> targets,
            List<SchoolTargets> schools) {
    }

    // --- competency

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(String schoolCode, Long teachersBefore, Long teachersAfter, Long paired, Double meanBefore,
            Double meanAfter, Double risePercent, boolean suppressed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompetencySummary(int programmeYear, String schoolCode, Figures total, List<Figures> bySchool) {
    }

    // --- stage 1

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CuratorItem(String key, int position, String text, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnswerView(String itemKey, String text, String type, Object value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Swot(List<String> strengths, List<String> weaknesses, List<String> opportunities, List<String> threats) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SchoolStage1(String schoolCode, int programmeYear, boolean filled, OffsetDateTime updatedAt,
            List<AnswerView> answers, Swot swot) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorSummary(String itemKey, String text, String type, long answered, Long yes, Double yesPercent,
            Double mean, List<SchoolText> texts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SchoolText(String schoolCode, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SwotGroup(String text, int count, List<String> schools) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuadrantGroups(String quadrant, String title, List<SwotGroup> groups) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DistrictStage1(int programmeYear, List<String> schoolsReported, List<IndicatorSummary> indicators,
            List<QuadrantGroups> swot) {
    }

    // --- plan of events

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanSummary(UUID id, int programmeYear, String schoolCode, OffsetDateTime createdAt, long events,
            Map<String, Long> byStatus, long overdue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EventView(UUID id, int position, String stage, String stageTitle, String event, String form,
            String monthText, LocalDate dueDate, String responsible, String expectedResult, String status,
            String statusLabel, boolean overdue, String evidence, String evidenceUrl, OffsetDateTime updatedAt,
            Integer dueMonth, String activity, String activityLabel, String place) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(PlanSummary plan, List<EventView> events) {
    }

    /** A school's line of the coordinator's roadmaps table (monitoring's {@code GET /roadmaps}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SchoolRoadmap(String schoolCode, String shortName, boolean hasRoadmap, UUID planId, long events, long done,
            long overdue, boolean needsAttention) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoadmapTable(int programmeYear, List<SchoolRoadmap> schools, String registryUnavailable) {
    }

    /** The municipal mentoring centre (monitoring's {@code /centre}); {@code described} false until the coordinator fills it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Centre(boolean described, String name, String headName, String headPosition, List<StaffMember> staff,
            OffsetDateTime updatedAt) {

        public Centre {
            staff = staff == null ? List.of() : List.copyOf(staff);
        }
    }

    /** A person of the centre; {@code roleLabel} is the seed's words for the role (only read, never sent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StaffMember(String fullName, String position, String role, String roleLabel) {
    }

    /** A new event of a plan, or an event's new description, as the monitoring's {@code POST}/{@code PUT} of events take it. */
    public record NewEvent(String stage, String event, String form, String monthText, Integer dueMonth, String responsible,
            String expectedResult, String activity, String place) {
    }

    /** What a competency scores file stored: the rows, new and replaced scores, the schools and years it named. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompetencyUpload(UUID uploadId, long rowsRead, long inserted, long replaced, List<String> schools,
            List<Integer> programmeYears) {
    }

    /** A school as the registry names it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record School(String code, String shortName, String name) {

        /** The short name where the registry has it, else the index's name. */
        public String label() {
            return shortName != null && !shortName.isBlank() ? shortName : name != null ? name : code;
        }
    }

    /** A registry participant: only what the round's pages show (the name, for the people who may see it). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(UUID id, String lastName, String firstName, String middleName, String kind) {

        public String fullName() {
            return String.join(" ", java.util.stream.Stream.of(lastName, firstName, middleName)
                    .filter(s -> s != null && !s.isBlank()).toList());
        }
    }
}
