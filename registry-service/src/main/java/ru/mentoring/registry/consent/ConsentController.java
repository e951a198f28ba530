package ru.mentoring.registry.consent;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;

/** Consents of one person: the school's curator or the coordinator records and withdraws them. */
@RestController
@RequestMapping("/api/registry/participants/{participantId}/consents")
class ConsentController {

    private final ConsentService consents;

    ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    List<ConsentView> list(@PathVariable UUID participantId) {
        return consents.of(CurrentCaller.get(), participantId).stream().map(ConsentView::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<ConsentView> record(@PathVariable UUID participantId, @Valid @RequestBody ConsentRequest request) {
        Consent consent = consents.record(CurrentCaller.get(), participantId, request);
        return ResponseEntity.created(URI.create("/api/registry/participants/" + participantId + "/consents"))
                .body(ConsentView.of(consent));
    }

    @PostMapping("/withdrawal")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    WithdrawalView withdraw(@PathVariable UUID participantId, @Valid @RequestBody WithdrawalRequest request) {
        return consents.withdraw(CurrentCaller.get(), participantId, request);
    }
}
