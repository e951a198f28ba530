package ru.mentoring.registry.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.participant.Participant;
import ru.mentoring.registry.participant.ParticipantService;
import ru.mentoring.registry.school.KeycloakOrganizations;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;

/**
 * Links a participant to their own account: whoever may change the participant (their school's
 * administrator, the coordinator) does it. Keycloak first; Keycloak down or refusing answers 503 or
 * the refusal, with no half-made account left there (see {@link KeycloakOrganizations}) and nothing
 * audited here.
 */
@Service
class ParticipantAccounts {

    private final ParticipantService participants;
    private final SchoolService schools;
    private final KeycloakOrganizations keycloak;
    private final AuditLog audit;

    ParticipantAccounts(ParticipantService participants, SchoolService schools, KeycloakOrganizations keycloak, AuditLog audit) {
        this.participants = participants;
        this.schools = schools;
        this.keycloak = keycloak;
        this.audit = audit;
    }

    @Transactional
    AccountView link(CallerIdentity caller, UUID participantId, AccountRequest request) {
        Participant p = participants.writable(caller, participantId);
        School school = schools.writable(caller, p.getSchoolCode());
        Set<String> roles = AccountRoles.of(p.getKind(), p.isMentorBank(), p.isMenteeBank());
        String email = request.email().strip();
        String username = request.username() == null || request.username().isBlank()
                ? email.toLowerCase(Locale.ROOT) : request.username().strip();
        KeycloakOrganizations.ParticipantAccount account = keycloak.ensureParticipantAccount(school, username, email,
                p.getFirstName(), p.getLastName(), roles, p.getId());
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "PARTICIPANT", p.getId(),
                "PARTICIPANT_ACCOUNT_LINKED", Changes.of().created("username", account.username()).created("email", email)
                        .created("accountRoles", AccountRoles.russian(roles)).created("userCreated", account.userCreated())));
        return new AccountView(p.getId(), account.username(), roles, account.userCreated(), account.invitationSent());
    }
}
