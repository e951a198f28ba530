package ru.mentoring.registry.school;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;

@Service
public class SchoolService {

    private final SchoolRepository schools;
    private final KeycloakOrganizations keycloak;
    private final AuditLog audit;
    private final Counter registered;

    SchoolService(SchoolRepository schools, KeycloakOrganizations keycloak, AuditLog audit, MeterRegistry meters) {
        this.schools = schools;
        this.keycloak = keycloak;
        this.audit = audit;
        this.registered = Counter.builder("registry.schools.registered")
                .description("Schools registered by coordinators").register(meters);
    }

    /** The schools within the caller's scope: their own school, every school of their municipality, or all for a service. */
    @Transactional(readOnly = true)
    public List<School> visibleTo(CallerIdentity caller) {
        return switch (CallerScope.forReading(caller)) {
            case CallerScope.Everything e -> schools.findAllByOrderByCode();
            case CallerScope.Region r -> schools.findAllByOrderByCode();
            case CallerScope.Municipality m -> schools.findByMunicipalityCodeOrderByCode(m.municipality());
            case CallerScope.School s -> schools.findById(s.schoolCode()).stream().toList();
            case CallerScope.Nothing n -> List.of();
        };
    }

    /** A school the caller may read; anything else is "not found", whether it exists or not. */
    @Transactional(readOnly = true)
    public School readable(CallerIdentity caller, String code) {
        CallerScope scope = CallerScope.forReading(caller);
        return schools.findById(code)
                .filter(s -> scope.includes(s.getCode(), s.getMunicipalityCode()))
                .orElseThrow(() -> new NotFoundException("school", code));
    }

    /** A school the caller may change (a department viewer never may). */
    @Transactional(readOnly = true)
    public School writable(CallerIdentity caller, String code) {
        School school = readable(caller, code);
        if (!CallerScope.forWriting(caller).includes(school.getCode(), school.getMunicipalityCode())) {
            throw new AccessDeniedException("read-only access to school " + code);
        }
        return school;
    }

    /**
     * The one answer to a code or a short name that cannot be used because something outside the
     * caller's reach already has it (a school of another municipality, another school's Keycloak
     * organization): it repeats only what the caller sent.
     */
    static DomainRuleException unusable(String code, String shortName) {
        return DomainRuleException.conflict("code", "Школу с кодом " + code + " и кратким наименованием «" + shortName
                + "» зарегистрировать нельзя: код или краткое наименование уже заняты. Укажите другие");
    }

    @Transactional
    School register(CallerIdentity caller, SchoolRequest request) {
        // only a coordinator writes a municipality, and registers schools of their own
        if (!(CallerScope.forWriting(caller) instanceof CallerScope.Municipality own
                && own.municipality().equals(request.municipalityCode()))) {
            throw new AccessDeniedException("a coordinator registers schools of their own municipality");
        }
        schools.findById(request.code()).ifPresent(existing -> {
            if (existing.getMunicipalityCode().equals(request.municipalityCode())) {
                throw DomainRuleException.conflict("code", "Школа с кодом " + request.code() + " уже зарегистрирована");
            }
            throw unusable(request.code(), request.shortName());
        });
        // the row first (flushed, so the database has said yes), then Keycloak, then the commit:
        // Keycloak failing rolls the school back; the commit failing removes an organization made for it
        School school = schools.saveAndFlush(new School(request.code(), request.fullName(), request.shortName(), request.kind(),
                request.advancedLevel(), request.rural(), request.municipalityCode()));
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "SCHOOL", school.getCode(),
                "SCHOOL_REGISTERED", Changes.of().created("fullName", school.getFullName()).created("shortName", school.getShortName())
                        .created("kind", school.getKind()).created("advancedLevel", school.isAdvancedLevel())
                        .created("rural", school.isRural()).created("municipalityCode", school.getMunicipalityCode())));
        if (keycloak.isEnabled()) {
            KeycloakOrganizations.Organization org = keycloak.ensureOrganization(school);
            if (org.created() && TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            keycloak.deleteOrganizationQuietly(org.id());
                        }
                    }
                });
            }
        }
        registered.increment();
        return school;
    }

    /**
     * Appoints the school's administrator in Keycloak: creates the user (or takes the existing
     * one), role school-admin, the municipality attribute, membership of the school's organization.
     * The coordinator of the school's municipality does it.
     */
    @Transactional
    AdministratorView appointAdministrator(CallerIdentity caller, String code, AdministratorRequest request) {
        School school = readable(caller, code);
        if (!(CallerScope.forWriting(caller) instanceof CallerScope.Municipality own
                && own.municipality().equals(school.getMunicipalityCode()))) {
            throw new AccessDeniedException("administrators are appointed by the municipality's coordinator");
        }
        KeycloakOrganizations.Administrator a = keycloak.ensureAdministrator(school, request.username().strip(),
                request.email().strip(), request.firstName().strip(), request.lastName().strip());
        audit.record(AuditRecord.of(school.getMunicipalityCode(), List.of(school.getCode()), "SCHOOL_ADMINISTRATOR",
                a.userId(), "SCHOOL_ADMINISTRATOR_APPOINTED", Changes.of().created("username", a.username())
                        .created("email", request.email().strip()).created("firstName", request.firstName().strip())
                        .created("lastName", request.lastName().strip()).created("userCreated", a.userCreated())));
        return new AdministratorView(school.getCode(), a.username(), a.userId(), a.organizationId(), a.userCreated(), a.invitationSent());
    }
}
