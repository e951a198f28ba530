package ru.mentoring.registry.recognition;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;

/** Nominations of mentors and pairs, the coordinator's decisions, and the year's awarded for the monitoring's note. */
@RestController
@RequestMapping("/api/registry/recognition")
class RecognitionController {

    private final RecognitionService recognition;

    RecognitionController(RecognitionService recognition) {
        this.recognition = recognition;
    }

    record RecognitionKindView(RecognitionKind kind, String label, RecognitionKind.Nominee nominee) {
    }

    @GetMapping("/kinds")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<RecognitionKindView> kinds() {
        return Arrays.stream(RecognitionKind.values()).map(k -> new RecognitionKindView(k, k.label(), k.nominee())).toList();
    }

    @GetMapping("/nominations")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<NominationView> list(@RequestParam(required = false) Integer programmeYear, @RequestParam(required = false) String schoolCode,
            @RequestParam(required = false) NominationStatus status) {
        return recognition.list(CurrentCaller.get(), programmeYear, schoolCode, status);
    }

    @GetMapping("/nominations/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    NominationView one(@PathVariable UUID id) {
        return recognition.one(CurrentCaller.get(), id);
    }

    @PostMapping("/nominations")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<NominationView> nominate(@Valid @RequestBody RecognitionRequests.Nominate body) {
        NominationView view = recognition.nominate(CurrentCaller.get(), body);
        return ResponseEntity.created(URI.create("/api/registry/recognition/nominations/" + view.id())).body(view);
    }

    /** The coordinator's decision: {@code {"awarded": true}} or {@code {"awarded": false, "note": "…"}}. */
    @PostMapping("/nominations/{id}/decision")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    NominationView decide(@PathVariable UUID id, @Valid @RequestBody RecognitionRequests.NominationDecision body) {
        return recognition.decide(CurrentCaller.get(), id, body);
    }

    /** A school takes back a nomination not yet decided. */
    @DeleteMapping("/nominations/{id}")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        recognition.withdraw(CurrentCaller.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** The awarded of a year for the monitoring's note: a municipality's or one school's (the services' token only). */
    @GetMapping("/awarded")
    @PreAuthorize("hasRole('internal-service')")
    List<NominationView> awarded(@RequestParam(required = false) String municipalityCode, @RequestParam(required = false) String schoolCode,
            @RequestParam int programmeYear) {
        return recognition.awarded(municipalityCode, schoolCode, programmeYear);
    }
}
