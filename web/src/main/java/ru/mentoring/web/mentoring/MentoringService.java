package ru.mentoring.web.mentoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.mentoring.MentoringApi.Catalog;
import ru.mentoring.web.mentoring.MentoringApi.ChangeRequest;
import ru.mentoring.web.mentoring.MentoringApi.History;
import ru.mentoring.web.mentoring.MentoringApi.MenteeEntry;
import ru.mentoring.web.mentoring.MentoringApi.MentorEntry;
import ru.mentoring.web.mentoring.MentoringApi.Page;
import ru.mentoring.web.mentoring.MentoringApi.Pair;
import ru.mentoring.web.mentoring.MentoringApi.Participant;
import ru.mentoring.web.mentoring.MentoringApi.Programme;
import ru.mentoring.web.mentoring.MentoringApi.School;
import ru.mentoring.web.mentoring.MentoringApi.Suggestions;

/**
 * The registry's mentoring API as the signed-in person (so only what they may see and do). Bodies
 * are passed on as typed, so that the registry, not this page, judges them and names the field.
 */
@Service
class MentoringService {

    static final int PAGE_SIZE = 20;

    private static final ParameterizedTypeReference<Page<MentorEntry>> MENTORS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<MenteeEntry>> MENTEES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Pair>> PAIRS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<History>> HISTORY = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<ChangeRequest>> REQUESTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<MentoringApi.Proposal>> PROPOSALS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<MentoringApi.Report>> REPORTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<School>> SCHOOLS = new ParameterizedTypeReference<>() {
    };

    private final GatewayClient gateway;

    MentoringService(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** The schools the person may read, for the filters (a school administrator: their own). */
    List<School> schools() {
        return gateway.get(SCHOOLS, "/api/registry/schools");
    }

    Catalog catalog() {
        return gateway.get(Catalog.class, "/api/registry/pairs/catalog");
    }

    Page<MentorEntry> mentors(BankQuery query, int size) {
        Call call = query.call("/api/registry/bank/mentors", size);
        return gateway.get(MENTORS, call.template(), call.values());
    }

    Page<MenteeEntry> mentees(BankQuery query, int size) {
        Call call = query.call("/api/registry/bank/mentees", size);
        return gateway.get(MENTEES, call.template(), call.values());
    }

    Suggestions suggestions(UUID requestId) {
        return gateway.get(Suggestions.class, "/api/registry/bank/mentee-requests/{id}/suggested-mentors?limit=20", requestId);
    }

    MentoringApi.BankRequest bankRequest(UUID id) {
        return gateway.get(MentoringApi.BankRequest.class, "/api/registry/bank/mentee-requests/{id}", id);
    }

    Participant participant(UUID id) {
        return gateway.get(Participant.class, "/api/registry/participants/{id}", id);
    }

    Pair createPair(Map<String, Object> body) {
        return gateway.post(Pair.class, body, "/api/registry/pairs");
    }

    void closeRequest(UUID participantId, UUID requestId) {
        gateway.post(Void.class, null, "/api/registry/participants/{id}/mentee-requests/{rid}/close", participantId, requestId);
    }

    Page<Pair> pairs(PairQuery query) {
        Call call = query.call(PAGE_SIZE);
        return gateway.get(PAIRS, call.template(), call.values());
    }

    /** Only the total, for the landing page's counts. */
    long count(String path, Map<String, Object> params) {
        Call call = Call.of(path, params);
        return gateway.get(Page.class, call.template(), call.values()).total();
    }

    Pair pair(UUID id) {
        return gateway.get(Pair.class, "/api/registry/pairs/{id}", id);
    }

    /** A participant's active pairs of a form as the person may read them (a mentee's several mentors). */
    List<Pair> activePairsOf(UUID participantId, String form) {
        return gateway.get(PAIRS, "/api/registry/pairs?participantId={id}&form={form}&active=true&size=50", participantId, form)
                .items();
    }

    /** This pair's mentor becomes the mentee's lead mentor (the registry clears the others' flag). */
    Pair leadMentor(UUID pairId, String menteeId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("menteeId", blank(menteeId));
        return gateway.post(Pair.class, body, "/api/registry/pairs/{id}/lead-mentor", pairId);
    }

    List<History> history(UUID id) {
        return gateway.get(HISTORY, "/api/registry/pairs/{id}/history", id);
    }

    List<ChangeRequest> changeRequests(UUID id) {
        return gateway.get(REQUESTS, "/api/registry/pairs/{id}/requests", id);
    }

    Pair changeStatus(UUID id, String status, String terminationReason, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", blank(status));
        body.put("terminationReason", blank(terminationReason));
        body.put("note", blank(note));
        return gateway.post(Pair.class, body, "/api/registry/pairs/{id}/status", id);
    }

    ChangeRequest recordChangeRequest(UUID pairId, ChangeRequestForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", blank(form.kind()));
        body.put("participantId", blank(form.participantId()));
        body.put("requestedOn", blank(form.requestedOn()));
        body.put("reason", blank(form.reason()));
        return gateway.post(ChangeRequest.class, body, "/api/registry/pairs/{id}/requests", pairId);
    }

    List<MentoringApi.Proposal> proposals(UUID id) {
        return gateway.get(PROPOSALS, "/api/registry/pairs/{id}/proposals", id);
    }

    List<MentoringApi.Report> reports(UUID id) {
        return gateway.get(REPORTS, "/api/registry/pairs/{id}/reports", id);
    }

    MentoringApi.Proposal decideProposal(UUID pairId, UUID proposalId, boolean accept, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accept", accept);
        body.put("note", blank(note));
        return gateway.post(MentoringApi.Proposal.class, body, "/api/registry/pairs/{id}/proposals/{pid}/decision", pairId, proposalId);
    }

    ChangeRequest decide(UUID pairId, UUID requestId, boolean approve, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approve", approve);
        body.put("note", blank(note));
        return gateway.post(ChangeRequest.class, body, "/api/registry/pairs/{id}/requests/{rid}/decision", pairId, requestId);
    }

    Programme programme(UUID pairId) {
        return gateway.get(Programme.class, "/api/registry/pairs/{id}/programme", pairId);
    }

    Programme putProgramme(UUID pairId, Map<String, Object> body) {
        return gateway.put(Programme.class, body, "/api/registry/pairs/{id}/programme", pairId);
    }

    Programme markDone(UUID pairId, UUID eventId, boolean done) {
        return gateway.post(Programme.class, Map.of("done", done), "/api/registry/pairs/{id}/programme/events/{eid}/done", pairId,
                eventId);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A path with its query as a URI template and the values apart: the gateway client encodes them
     * once (the names typed may hold any letter, or a {@code &}).
     */
    record Call(String template, Object[] values) {

        static Call of(String path, Map<String, Object> params) {
            StringBuilder template = new StringBuilder(path);
            List<Object> values = new java.util.ArrayList<>();
            params.forEach((k, v) -> {
                if (v != null) {
                    template.append(values.isEmpty() ? '?' : '&').append(k).append("={").append(k).append('}');
                    values.add(v);
                }
            });
            return new Call(template.toString(), values.toArray());
        }
    }
}
