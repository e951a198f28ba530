package ru.mentoring.registry.participant;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.registry.shared.PageView;

/** People of a school. Department viewers never see names: they read {@code /statistics}. */
@RestController
@RequestMapping("/api/registry")
class ParticipantController {

    private final ParticipantService participants;
    private final ParticipantSearch search;

    ParticipantController(ParticipantService participants, ParticipantSearch search) {
        this.participants = participants;
        this.search = search;
    }

    /**
     * The people of every school the caller reads (or of one, {@code schoolCode}), a page at a time:
     * {@code q} finds the beginnings of the words of the full name in any order (case and ё ignored),
     * {@code category} one kind, {@code sort} one of name, school, kind, externalKey with an optional
     * {@code ,desc}; {@code size} up to 200. Bad parameters are a 400 naming each of them.
     */
    @GetMapping("/participants")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    PageView<ParticipantView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) ParticipantKind category, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return search.search(CurrentCaller.get(), ParticipantSearch.Query.of(q, schoolCode, category, page, size, sort));
    }

    @GetMapping("/schools/{code}/participants")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<ParticipantView> ofSchool(@PathVariable String code) {
        return participants.ofSchool(CurrentCaller.get(), code).stream().map(ParticipantView::of).toList();
    }

    @PostMapping("/schools/{code}/participants")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<ParticipantView> add(@PathVariable String code, @Valid @RequestBody ParticipantRequest request) {
        Participant p = participants.add(CurrentCaller.get(), code, request);
        return ResponseEntity.created(URI.create("/api/registry/participants/" + p.getId())).body(ParticipantView.of(p));
    }

    @GetMapping("/participants/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ParticipantView one(@PathVariable UUID id) {
        return ParticipantView.of(participants.one(CurrentCaller.get(), id));
    }

    /** Changes a person's data (not their school); the same body and rules as adding one. */
    @PutMapping("/participants/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ParticipantView update(@PathVariable UUID id, @Valid @RequestBody ParticipantRequest request) {
        return ParticipantView.of(participants.update(CurrentCaller.get(), id, request));
    }
}
