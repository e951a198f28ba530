package ru.mentoring.registry.bank;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.registry.bank.BankViews.BankStatus;
import ru.mentoring.registry.bank.BankViews.MenteeEntry;
import ru.mentoring.registry.bank.BankViews.MentorEntry;
import ru.mentoring.registry.bank.BankViews.RequestView;
import ru.mentoring.registry.bank.BankViews.TopicView;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.shared.PageView;

/**
 * The banks of mentors and mentees (база наставников, база наставляемых): the people, their
 * topics and requests, and the search the coordinator works with. Names only: a department viewer
 * gets 403 and reads {@code /statistics}.
 */
@RestController
@RequestMapping("/api/registry")
class BankController {

    private final BankService bank;
    private final BankSearch search;

    BankController(BankService bank, BankSearch search) {
        this.bank = bank;
        this.search = search;
    }

    @GetMapping("/bank/mentors")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    PageView<MentorEntry> mentors(@RequestParam(required = false) String school,
            @RequestParam(required = false) String subject, @RequestParam(required = false) ParticipantKind role,
            @RequestParam(required = false) BankStatus status, @RequestParam(required = false) Boolean youngSpecialist,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return search.mentors(CurrentCaller.get(), filter(school, subject, role, status, youngSpecialist, q),
                PageView.page(page), PageView.size(size, 50));
    }

    @GetMapping("/bank/mentees")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    PageView<MenteeEntry> mentees(@RequestParam(required = false) String school,
            @RequestParam(required = false) String subject, @RequestParam(required = false) ParticipantKind role,
            @RequestParam(required = false) BankStatus status, @RequestParam(required = false) Boolean youngSpecialist,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return search.mentees(CurrentCaller.get(), filter(school, subject, role, status, youngSpecialist, q),
                PageView.page(page), PageView.size(size, 50));
    }

    @GetMapping("/participants/{id}/mentor-topics")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<TopicView> topics(@PathVariable UUID id) {
        return bank.topicsOf(CurrentCaller.get(), id).stream().map(TopicView::of).toList();
    }

    @PostMapping("/participants/{id}/mentor-topics")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<TopicView> addTopic(@PathVariable UUID id, @Valid @RequestBody BankRequests.Topic body) {
        MentorTopic t = bank.addTopic(CurrentCaller.get(), id, body);
        return ResponseEntity.created(URI.create("/api/registry/participants/" + id + "/mentor-topics/" + t.getId()))
                .body(TopicView.of(t));
    }

    @DeleteMapping("/participants/{id}/mentor-topics/{topicId}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<Void> removeTopic(@PathVariable UUID id, @PathVariable UUID topicId) {
        bank.removeTopic(CurrentCaller.get(), id, topicId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/participants/{id}/mentee-requests")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<RequestView> requests(@PathVariable UUID id) {
        return bank.requestsOf(CurrentCaller.get(), id).stream().map(RequestView::of).toList();
    }

    @PostMapping("/participants/{id}/mentee-requests")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<RequestView> addRequest(@PathVariable UUID id, @Valid @RequestBody BankRequests.Request body) {
        MenteeRequest r = bank.addRequest(CurrentCaller.get(), id, body);
        return ResponseEntity.created(URI.create("/api/registry/bank/mentee-requests/" + r.getId())).body(RequestView.of(r));
    }

    @PostMapping("/participants/{id}/mentee-requests/{requestId}/close")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    RequestView closeRequest(@PathVariable UUID id, @PathVariable UUID requestId) {
        return RequestView.of(bank.closeRequest(CurrentCaller.get(), id, requestId));
    }

    @GetMapping("/bank/mentee-requests/{requestId}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    RequestView request(@PathVariable UUID requestId) {
        return RequestView.of(bank.request(CurrentCaller.get(), requestId));
    }

    /** In or out of the banks by hand: {@code {"mentor": true, "mentee": false}}. */
    @PutMapping("/participants/{id}/banks")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    BankRequests.Banks setBanks(@PathVariable UUID id, @Valid @RequestBody BankRequests.Banks body) {
        var p = bank.setBanks(CurrentCaller.get(), id, body);
        return new BankRequests.Banks(p.isMentorBank(), p.isMenteeBank());
    }

    private static BankSearch.Filter filter(String school, String subject, ParticipantKind role, BankStatus status,
            Boolean youngSpecialist, String q) {
        return new BankSearch.Filter(blank(school), blank(subject), role, status, youngSpecialist, blank(q));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
