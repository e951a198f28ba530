package ru.mentoring.registry.account;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ru.mentoring.platform.security.CurrentCaller;

@RestController
class AccountController {

    private final ParticipantAccounts accounts;

    AccountController(ParticipantAccounts accounts) {
        this.accounts = accounts;
    }

    /** «Пригласить в личный кабинет»: 201 with the account; Keycloak e-mails a new one an invitation to set a password. */
    @PostMapping("/api/registry/participants/{id}/account")
    @PreAuthorize("hasAnyRole('coordinator','school-admin')")
    ResponseEntity<AccountView> link(@PathVariable UUID id, @Valid @RequestBody AccountRequest request) {
        return ResponseEntity.status(201).body(accounts.link(CurrentCaller.get(), id, request));
    }
}
