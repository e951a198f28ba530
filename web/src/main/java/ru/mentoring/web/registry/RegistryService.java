package ru.mentoring.web.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.registry.RegistryApi.Administrator;
import ru.mentoring.web.registry.RegistryApi.AdministratorRequest;
import ru.mentoring.web.registry.RegistryApi.AuditEntry;
import ru.mentoring.web.registry.RegistryApi.Consent;
import ru.mentoring.web.registry.RegistryApi.ConsentRequest;
import ru.mentoring.web.registry.RegistryApi.ImportReport;
import ru.mentoring.web.registry.RegistryApi.Page;
import ru.mentoring.web.registry.RegistryApi.Pair;
import ru.mentoring.web.registry.RegistryApi.Participant;
import ru.mentoring.web.registry.RegistryApi.ParticipantRequest;
import ru.mentoring.web.registry.RegistryApi.School;
import ru.mentoring.web.registry.RegistryApi.SchoolRequest;
import ru.mentoring.web.registry.RegistryApi.Withdrawal;
import ru.mentoring.web.registry.RegistryApi.WithdrawalRequest;

/**
 * The registry service as the signed-in person: a school administrator's calls reach their school
 * only, and another school's record comes back as "not found" (the service decides, not the page).
 */
@Service
class RegistryService {

    /** The banks the registry exchanges as files. */
    static final List<String> BANKS = List.of("mentors", "mentees", "pairs");

    private static final ParameterizedTypeReference<List<School>> SCHOOLS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Participant>> PARTICIPANTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Consent>> CONSENTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Pair>> PAIRS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<AuditEntry>> AUDIT = new ParameterizedTypeReference<>() {
    };

    private final GatewayClient gateway;

    RegistryService(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** The schools the person sees: the coordinator's municipality, an administrator's own school. */
    List<School> schools() {
        return gateway.get(SCHOOLS, "/api/registry/schools");
    }

    /** School code to short name, in the registry's order. */
    Map<String, String> schoolNames(List<School> schools) {
        Map<String, String> names = new LinkedHashMap<>();
        schools.forEach(s -> names.put(s.code(), s.shortName()));
        return names;
    }

    School school(String code) {
        return gateway.get(School.class, "/api/registry/schools/{code}", code);
    }

    /** One page of the people the person sees, searched, filtered and sorted by the registry. */
    Page<Participant> participants(ParticipantTable.Query query) {
        return gateway.get(PARTICIPANTS,
                "/api/registry/participants?q={q}&schoolCode={school}&category={kind}&sort={sort}&page={page}&size={size}",
                orEmpty(query.q()), orEmpty(query.school()), orEmpty(query.kind()), query.apiSort(), query.page() - 1,
                ParticipantTable.PAGE_SIZE);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    Participant participant(UUID id) {
        return gateway.get(Participant.class, "/api/registry/participants/{id}", id);
    }

    Participant add(String schoolCode, ParticipantRequest request) {
        return gateway.post(Participant.class, request, "/api/registry/schools/{code}/participants", schoolCode);
    }

    Participant update(UUID id, ParticipantRequest request) {
        return gateway.put(Participant.class, request, "/api/registry/participants/{id}", id);
    }

    List<Consent> consents(UUID participantId) {
        return gateway.get(CONSENTS, "/api/registry/participants/{id}/consents", participantId);
    }

    Consent recordConsent(UUID participantId, ConsentRequest request) {
        return gateway.post(Consent.class, request, "/api/registry/participants/{id}/consents", participantId);
    }

    /** «Пригласить в личный кабинет»: the registry links the person to an account and Keycloak e-mails the invitation. */
    RegistryApi.Account inviteToAccount(UUID participantId, String email) {
        return gateway.post(RegistryApi.Account.class, Map.of("email", email), "/api/registry/participants/{id}/account",
                participantId);
    }

    Withdrawal withdrawConsent(UUID participantId, WithdrawalRequest request) {
        return gateway.post(Withdrawal.class, request, "/api/registry/participants/{id}/consents/withdrawal", participantId);
    }

    /** The pairs and groups the person is in (every status), as far as the caller may see them. */
    List<Pair> pairsOf(UUID participantId) {
        return gateway.get(PAIRS, "/api/registry/pairs?participantId={id}&size=100", participantId).items();
    }

    School registerSchool(SchoolRequest request) {
        return gateway.post(School.class, request, "/api/registry/schools");
    }

    Administrator appointAdministrator(String schoolCode, AdministratorRequest request) {
        return gateway.post(Administrator.class, request, "/api/registry/schools/{code}/administrators", schoolCode);
    }

    ImportReport importFile(String bank, MultipartFile file) {
        return gateway.postMultipart(ImportReport.class, file, "file", "/api/registry/exchange/{bank}", bank);
    }

    ResponseEntity<byte[]> export(String bank, String format, String school) {
        return school == null
                ? gateway.download("/api/registry/exchange/{bank}?format={format}", bank, format)
                : gateway.download("/api/registry/exchange/{bank}?format={format}&school={school}", bank, format, school);
    }

    /**
     * Every code of the registry's pair catalog (forms, interaction models, kinds, statuses,
     * termination reasons, request kinds) with its Russian label.
     */
    Map<String, String> catalogLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        collect(gateway.get(JsonNode.class, "/api/registry/pairs/catalog"), labels);
        return labels;
    }

    /** The recognition's kinds («Наставник года», «Лучшая пара», …) by code, for the audit log's values. */
    Map<String, String> recognitionLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonNode k : gateway.get(JsonNode.class, "/api/registry/recognition/kinds")) {
            labels.put(k.get("kind").asString(), k.get("label").asString());
        }
        return labels;
    }

    private static void collect(JsonNode node, Map<String, String> labels) {
        if (node == null) {
            return;
        }
        if (node.isObject() && node.hasNonNull("code") && node.hasNonNull("label")) {
            labels.putIfAbsent(node.get("code").asString(), node.get("label").asString());
        }
        if (node.isContainer()) {
            node.values().forEach(child -> collect(child, labels));
        }
    }

    /** One page of the audit log; {@code page} counts from 0 as the service does. */
    Page<AuditEntry> audit(String school, LocalDate from, LocalDate to, int page, int size) {
        return gateway.get(AUDIT, "/api/registry/audit?schoolCode={school}&from={from}&to={to}&page={page}&size={size}",
                school == null ? "" : school, from == null ? "" : from.toString(), to == null ? "" : to.toString(), page, size);
    }
}
