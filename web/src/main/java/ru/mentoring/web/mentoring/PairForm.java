package ru.mentoring.web.mentoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forming a pair or group from a suggestion, as typed: the suggested mentor, the request's mentee
 * first and, for a group, the others chosen. Sent to the registry as it is.
 */
public record PairForm(String mentorId, String menteeId, List<String> otherMentees, String form, String interactionModel,
        String kind, String orderNumber, String orderDate, String startDate, String endDate, Boolean closeRequest) {

    /** {@code closeRequest} is a checkbox: absent when not ticked. */
    public PairForm {
        closeRequest = Boolean.TRUE.equals(closeRequest);
        otherMentees = otherMentees == null ? List.of() : otherMentees.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** The request's mentee is {@code menteeIds[0]}, so the registry's reasons for it land next to it. */
    Map<String, Object> body() {
        List<String> mentees = new ArrayList<>();
        if (menteeId != null && !menteeId.isBlank()) {
            mentees.add(menteeId.strip());
        }
        mentees.addAll(otherMentees);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mentorId", MentoringService.blank(mentorId));
        body.put("menteeIds", mentees);
        body.put("form", MentoringService.blank(form));
        body.put("interactionModel", MentoringService.blank(interactionModel));
        body.put("kind", MentoringService.blank(kind));
        body.put("orderNumber", MentoringService.blank(orderNumber));
        body.put("orderDate", MentoringService.blank(orderDate));
        body.put("startDate", MentoringService.blank(startDate));
        body.put("endDate", MentoringService.blank(endDate));
        return body;
    }

    public boolean chose(String menteeId) {
        return otherMentees.contains(menteeId);
    }
}
