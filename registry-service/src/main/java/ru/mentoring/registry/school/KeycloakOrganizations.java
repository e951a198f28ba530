package ru.mentoring.registry.school;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import ru.mentoring.platform.web.DomainRuleException;

/**
 * The schools' Keycloak organizations and their administrators, through the Keycloak admin REST
 * API with the registry's own client-credentials token (client {@code registry-service}). Its
 * service account has only what this class calls for: realm-management's manage-organizations
 * (organizations and their members) and manage-users (finding, reading and changing users, giving
 * them realm roles, invitations; Keycloak's view and query checks of users accept it). No view-realm
 * or manage-realm, so the role to give is taken from the user's available role mappings, not from
 * the realm's roles; no query-users either, which would let the account list the realm's clients. The organization's alias is the school code:
 * it is what the {@code organization} claim of an administrator's token carries, i.e. the tenant.
 *
 * <p>Everything here is idempotent: an organization or a user that already exists is found and
 * used (the demo realm of the local run already has the demo schools' organizations). Switched off
 * with {@code registry.keycloak.enabled=false} (tests of other features): registering a school then
 * stores it without an organization, and creating an administrator answers 503.
 */
@Component
public class KeycloakOrganizations {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);

    public static final String SCHOOL_ADMIN_ROLE = "school-admin";
    public static final String MUNICIPALITY_ATTRIBUTE = "municipality";
    /** The user attribute a mentor's or mentee's own account carries into the token (claim participant_id). */
    public static final String PARTICIPANT_ATTRIBUTE = "participant_id";
    /** Staff and service roles: an account holding one is not taken over as a participant's own account. */
    private static final Set<String> STAFF_ROLES = Set.of("coordinator", SCHOOL_ADMIN_ROLE, "department-viewer", "region-analyst",
            "internal-service");

    /** A participant's own account as Keycloak now has it. */
    public record ParticipantAccount(String userId, String username, boolean userCreated, boolean invitationSent) {
    }

    /** An organization and whether this call created it (only then may a failed registration delete it). */
    public record Organization(String id, String alias, boolean created) {
    }

    /** The administrator as Keycloak now has them. */
    public record Administrator(String userId, String username, boolean userCreated, String organizationId,
            boolean invitationSent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganizationRepresentation(String id, String name, String alias) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoleRepresentation(String id, String name) {
    }

    private static final ParameterizedTypeReference<List<OrganizationRepresentation>> ORGS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<RoleRepresentation>> ROLES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> USERS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> USER = new ParameterizedTypeReference<>() {
    };

    private final boolean enabled;
    private final String domainSuffix;
    private final RestClient admin;

    KeycloakOrganizations(@Value("${registry.keycloak.enabled:true}") boolean enabled,
            @Value("${platform.keycloak.internal-url:${platform.keycloak.url}}") String keycloakUrl,
            @Value("${platform.keycloak.realm:mentoring}") String realm,
            @Value("${registry.keycloak.organization-domain:schools.mentoring.local}") String domainSuffix,
            @Value("${registry.keycloak.timeout:5s}") Duration timeout,
            ObjectProvider<OAuth2ClientHttpRequestInterceptor> serviceToken) {
        this.enabled = enabled;
        this.domainSuffix = domainSuffix;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        RestClient.Builder builder = RestClient.builder().baseUrl(keycloakUrl + "/admin/realms/" + realm).requestFactory(requests);
        serviceToken.ifAvailable(builder::requestInterceptor);
        this.admin = builder.build();
    }

    boolean isEnabled() {
        return enabled;
    }

    // ---------------------------------------------------------------- organizations

    /** Creates the school's organization, or finds it when it is already there (409). */
    Organization ensureOrganization(School school) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", school.getShortName());
        body.put("alias", school.getCode());
        body.put("enabled", true);
        body.put("description", school.getFullName());
        body.put("domains", List.of(Map.of("name", school.getCode() + "." + domainSuffix, "verified", false)));
        body.put("attributes", Map.of(MUNICIPALITY_ATTRIBUTE, List.of(school.getMunicipalityCode())));
        try {
            ResponseEntity<Void> created = admin.post().uri("/organizations").contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity();
            String id = lastSegment(created.getHeaders().getLocation());
            if (id == null) {
                id = findOrganization(school.getCode()).map(OrganizationRepresentation::id)
                        .orElseThrow(() -> new KeycloakUnavailableException("Keycloak created the organization but did not say where"));
            }
            log.info("Keycloak organization {} created for school {}", id, school.getCode());
            return new Organization(id, school.getCode(), true);
        } catch (HttpClientErrorException.Conflict e) {
            // already there (a second registration, or the demo realm): find it by alias
            return findOrganization(school.getCode())
                    .map(o -> new Organization(o.id(), o.alias(), false))
                    // another school's organization has the name: the same words as for a code taken elsewhere
                    .orElseThrow(() -> SchoolService.unusable(school.getCode(), school.getShortName()));
        } catch (RestClientException e) {
            throw unavailable("organization of " + school.getCode(), e);
        }
    }

    /** Best effort: the school was not stored after all, so the organization made for it goes. */
    void deleteOrganizationQuietly(String id) {
        try {
            admin.delete().uri("/organizations/{id}", id).retrieve().toBodilessEntity();
            log.info("Keycloak organization {} deleted: its school was not stored", id);
        } catch (RuntimeException e) {
            log.error("Keycloak organization {} could not be deleted after a failed registration; delete it by hand", id, e);
        }
    }

    /**
     * Keycloak searches organizations by name or domain, not by alias: search by the code (it is in
     * the domain we give every school) and filter by alias; page through all as a last resort.
     */
    Optional<OrganizationRepresentation> findOrganization(String alias) {
        try {
            List<OrganizationRepresentation> hits = admin.get()
                    .uri(u -> u.path("/organizations").queryParam("search", alias).queryParam("exact", false)
                            .queryParam("briefRepresentation", true).queryParam("max", 100).build())
                    .retrieve().body(ORGS);
            Optional<OrganizationRepresentation> hit = byAlias(hits, alias);
            for (int first = 0; hit.isEmpty() && first < 10_000; first += 100) {
                int from = first;
                List<OrganizationRepresentation> page = admin.get()
                        .uri(u -> u.path("/organizations").queryParam("briefRepresentation", true).queryParam("first", from)
                                .queryParam("max", 100).build())
                        .retrieve().body(ORGS);
                if (page == null || page.isEmpty()) {
                    break;
                }
                hit = byAlias(page, alias);
            }
            return hit;
        } catch (RestClientException e) {
            throw unavailable("search of organization " + alias, e);
        }
    }

    private static Optional<OrganizationRepresentation> byAlias(List<OrganizationRepresentation> orgs, String alias) {
        return orgs == null ? Optional.empty() : orgs.stream().filter(o -> alias.equals(o.alias())).findFirst();
    }

    // ---------------------------------------------------------------- administrators

    /**
     * Creates the user (or takes the existing one of the same username), gives them the realm role
     * school-admin and the municipality attribute, and makes them a member of the school's
     * organization. Refuses (409) a user of another municipality or a member of another school's
     * organization: their token would no longer name one tenant.
     */
    Administrator ensureAdministrator(School school, String username, String email, String firstName, String lastName) {
        if (!enabled) {
            throw new KeycloakUnavailableException("Интеграция с Keycloak отключена (registry.keycloak.enabled=false)", true);
        }
        Organization org = ensureOrganization(school);
        try {
            boolean created = false;
            String userId = findUser(username).map(u -> String.valueOf(u.get("id"))).orElse(null);
            if (userId == null) {
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("username", username);
                user.put("email", email);
                user.put("firstName", firstName);
                user.put("lastName", lastName);
                user.put("enabled", true);
                user.put("emailVerified", false);
                user.put("attributes", Map.of(MUNICIPALITY_ATTRIBUTE, List.of(school.getMunicipalityCode())));
                user.put("requiredActions", List.of("UPDATE_PASSWORD"));
                try {
                    ResponseEntity<Void> r = admin.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(user)
                            .retrieve().toBodilessEntity();
                    userId = lastSegment(r.getHeaders().getLocation());
                    created = true;
                } catch (HttpClientErrorException.Conflict e) {
                    // created a moment ago, or the e-mail belongs to someone else
                    userId = findUser(username).map(u -> String.valueOf(u.get("id"))).orElseThrow(() -> DomainRuleException.conflict(
                            "email", "В Keycloak уже есть пользователь с адресом " + email));
                } catch (HttpClientErrorException.BadRequest e) {
                    throw DomainRuleException.unprocessable("username", "Keycloak отклонил данные пользователя: " + keycloakMessage(e));
                }
                if (userId == null) {
                    userId = createdUserId(username);
                }
            }
            if (!created) {
                adoptExistingUser(userId, username, school);
            }
            refuseOtherOrganizations(userId, username, school);
            giveRealmRole(userId, SCHOOL_ADMIN_ROLE);
            joinOrganization(org.id(), userId);
            boolean invited = created && invite(userId);
            return new Administrator(userId, username, created, org.id(), invited);
        } catch (DomainRuleException | KeycloakUnavailableException e) {
            throw e;
        } catch (RestClientException e) {
            throw unavailable("administrator " + username + " of " + school.getCode(), e);
        }
    }

    /**
     * A realm role, read from the roles the user may still be given (view-users is enough for that;
     * the realm's role list would need view-realm). Not among them: the user has it.
     */
    private void giveRealmRole(String userId, String roleName) {
        List<RoleRepresentation> available = admin.get().uri("/users/{id}/role-mappings/realm/available", userId).retrieve().body(ROLES);
        Optional<RoleRepresentation> role = available == null ? Optional.empty()
                : available.stream().filter(r -> roleName.equals(r.name())).findFirst();
        if (role.isPresent()) {
            admin.post().uri("/users/{id}/role-mappings/realm", userId).contentType(MediaType.APPLICATION_JSON).body(List.of(role.get()))
                    .retrieve().toBodilessEntity();
            return;
        }
        List<RoleRepresentation> assigned = admin.get().uri("/users/{id}/role-mappings/realm", userId).retrieve().body(ROLES);
        if (assigned == null || assigned.stream().noneMatch(r -> roleName.equals(r.name()))) {
            throw new KeycloakUnavailableException("Keycloak does not let the registry give the role " + roleName);
        }
    }

    private Optional<Map<String, Object>> findUser(String username) {
        List<Map<String, Object>> users = admin.get()
                .uri(u -> u.path("/users").queryParam("username", username).queryParam("exact", true).build())
                .retrieve().body(USERS);
        return users == null ? Optional.empty()
                : users.stream().filter(u -> username.equalsIgnoreCase(String.valueOf(u.get("username")))).findFirst();
    }

    /** An existing user of the same municipality (or none yet) gets the attribute; another municipality's is refused. */
    @SuppressWarnings("unchecked")
    private void adoptExistingUser(String userId, String username, School school) {
        Map<String, Object> user = admin.get().uri("/users/{id}", userId).retrieve().body(USER);
        if (user == null) {
            throw new KeycloakUnavailableException("Keycloak did not return user " + userId);
        }
        Map<String, Object> attributes = user.get("attributes") instanceof Map<?, ?> a
                ? new LinkedHashMap<>((Map<String, Object>) a) : new LinkedHashMap<>();
        Object current = attributes.get(MUNICIPALITY_ATTRIBUTE);
        List<String> values = current instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        if (!values.isEmpty() && !values.equals(List.of(school.getMunicipalityCode()))) {
            throw DomainRuleException.conflict("username", "Пользователь " + username + " относится к другому муниципалитету");
        }
        if (values.isEmpty()) {
            attributes.put(MUNICIPALITY_ATTRIBUTE, List.of(school.getMunicipalityCode()));
            user.put("attributes", attributes);
            admin.put().uri("/users/{id}", userId).contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity();
        }
    }

    private void refuseOtherOrganizations(String userId, String username, School school) {
        refuseOtherOrganizations(userId, school, others -> DomainRuleException.conflict("username", "Пользователь " + username
                + " уже администратор другой школы (" + String.join(", ", others) + "): у администратора одна школа"));
    }

    private void refuseOtherOrganizations(String userId, School school, Function<List<String>, DomainRuleException> refusal) {
        List<OrganizationRepresentation> orgs;
        try {
            orgs = admin.get().uri("/organizations/members/{id}/organizations", userId).retrieve().body(ORGS);
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.MethodNotAllowed e) {
            return; // a Keycloak without this endpoint: the membership itself still works
        }
        List<String> others = new ArrayList<>();
        if (orgs != null) {
            orgs.stream().map(OrganizationRepresentation::alias).filter(a -> a != null && !a.equals(school.getCode())).forEach(others::add);
        }
        if (!others.isEmpty()) {
            throw refusal.apply(others);
        }
    }

    // ---------------------------------------------------------------- participants' own accounts

    /**
     * A mentor's or mentee's own account, linked to their participant record: creates the user (or
     * takes the existing one of the same username, when it is no staff account and is linked to no
     * other participant), sets the attributes {@code participant_id} and {@code municipality}, gives
     * the realm roles and makes them a member of the school's organization. A new user is sent
     * Keycloak's invitation to set their own password; nobody else sets one. When a step fails after
     * this call created the user, the user is deleted again: no half-made account stays behind.
     */
    public ParticipantAccount ensureParticipantAccount(School school, String username, String email, String firstName,
            String lastName, Set<String> roles, UUID participantId) {
        if (!enabled) {
            throw new KeycloakUnavailableException("Интеграция с Keycloak отключена (registry.keycloak.enabled=false)", true);
        }
        Organization org = ensureOrganization(school);
        String userId = null;
        boolean created = false;
        try {
            userId = findUser(username).map(u -> String.valueOf(u.get("id"))).orElse(null);
            if (userId == null) {
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("username", username);
                user.put("email", email);
                user.put("firstName", firstName);
                user.put("lastName", lastName);
                user.put("enabled", true);
                user.put("emailVerified", false);
                user.put("attributes", Map.of(MUNICIPALITY_ATTRIBUTE, List.of(school.getMunicipalityCode()),
                        PARTICIPANT_ATTRIBUTE, List.of(participantId.toString())));
                user.put("requiredActions", List.of("UPDATE_PASSWORD"));
                try {
                    ResponseEntity<Void> r = admin.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(user)
                            .retrieve().toBodilessEntity();
                    userId = lastSegment(r.getHeaders().getLocation());
                    created = true;
                } catch (HttpClientErrorException.Conflict e) {
                    throw DomainRuleException.conflict("email", "В Keycloak уже есть пользователь с адресом " + email);
                } catch (HttpClientErrorException.BadRequest e) {
                    throw DomainRuleException.unprocessable("email", "Keycloak отклонил данные пользователя: " + keycloakMessage(e));
                }
                if (userId == null) {
                    userId = createdUserId(username);
                }
            } else {
                adoptAsParticipant(userId, username, school, participantId);
            }
            refuseOtherOrganizations(userId, school, others -> DomainRuleException.conflict("email", "Пользователь " + username
                    + " уже состоит в другой школе (" + String.join(", ", others) + ")"));
            for (String role : roles) {
                giveRealmRole(userId, role);
            }
            joinOrganization(org.id(), userId);
            boolean invited = created && invite(userId);
            return new ParticipantAccount(userId, username, created, invited);
        } catch (DomainRuleException | KeycloakUnavailableException e) {
            if (created) {
                deleteUserQuietly(userId);
            }
            throw e;
        } catch (RestClientException e) {
            if (created) {
                deleteUserQuietly(userId);
            }
            throw unavailable("own account " + username + " of a participant of " + school.getCode(), e);
        }
    }

    /** An existing user becomes the participant's account only if it is nobody else's: no staff role, no other participant. */
    @SuppressWarnings("unchecked")
    private void adoptAsParticipant(String userId, String username, School school, UUID participantId) {
        List<RoleRepresentation> assigned = admin.get().uri("/users/{id}/role-mappings/realm", userId).retrieve().body(ROLES);
        if (assigned != null && assigned.stream().anyMatch(r -> STAFF_ROLES.contains(r.name()))) {
            throw DomainRuleException.conflict("email", "Пользователь " + username
                    + " — сотрудник с другой ролью; для участника нужна отдельная учётная запись");
        }
        Map<String, Object> user = admin.get().uri("/users/{id}", userId).retrieve().body(USER);
        if (user == null) {
            throw new KeycloakUnavailableException("Keycloak did not return user " + userId);
        }
        Map<String, Object> attributes = user.get("attributes") instanceof Map<?, ?> a
                ? new LinkedHashMap<>((Map<String, Object>) a) : new LinkedHashMap<>();
        List<String> linked = attributes.get(PARTICIPANT_ATTRIBUTE) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        if (!linked.isEmpty() && !linked.equals(List.of(participantId.toString()))) {
            throw DomainRuleException.conflict("email", "Учётная запись " + username + " уже связана с другим участником");
        }
        List<String> municipality = attributes.get(MUNICIPALITY_ATTRIBUTE) instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : List.of();
        if (!municipality.isEmpty() && !municipality.equals(List.of(school.getMunicipalityCode()))) {
            throw DomainRuleException.conflict("email", "Пользователь " + username + " относится к другому муниципалитету");
        }
        attributes.put(PARTICIPANT_ATTRIBUTE, List.of(participantId.toString()));
        attributes.put(MUNICIPALITY_ATTRIBUTE, List.of(school.getMunicipalityCode()));
        user.put("attributes", attributes);
        admin.put().uri("/users/{id}", userId).contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity();
    }

    private void deleteUserQuietly(String userId) {
        if (userId == null) {
            return;
        }
        try {
            admin.delete().uri("/users/{id}", userId).retrieve().toBodilessEntity();
            log.info("Keycloak user {} deleted: linking the participant's account did not finish", userId);
        } catch (RuntimeException e) {
            log.error("Keycloak user {} could not be deleted after a failed linking; delete it by hand", userId, e);
        }
    }

    /** Best effort: Keycloak e-mails the new administrator a link to set their password. */
    private boolean invite(String userId) {
        try {
            admin.put().uri("/users/{id}/execute-actions-email", userId).contentType(MediaType.APPLICATION_JSON)
                    .body(List.of("UPDATE_PASSWORD")).retrieve().toBodilessEntity();
            return true;
        } catch (RuntimeException e) {
            log.warn("Invitation e-mail to Keycloak user {} not sent (mail not configured?): {}", userId, e.toString());
            return false;
        }
    }

    private static String keycloakMessage(RestClientResponseException e) {
        String body = e.getResponseBodyAsString();
        return body == null || body.isBlank() ? e.getStatusText() : body.length() > 300 ? body.substring(0, 300) : body;
    }

    private static KeycloakUnavailableException unavailable(String what, RestClientException e) {
        HttpStatusCode status = e instanceof RestClientResponseException r ? r.getStatusCode() : null;
        log.warn("Keycloak call failed ({}): {}", what, status != null ? status : e.toString());
        return new KeycloakUnavailableException("Keycloak call failed: " + what, e);
    }

    private static String lastSegment(URI location) {
        if (location == null) {
            return null;
        }
        String path = location.getPath();
        int slash = path.lastIndexOf('/');
        return slash < 0 || slash == path.length() - 1 ? null : path.substring(slash + 1);
    }

    /** A user Keycloak created without saying where (no Location header): found by name. */
    private String createdUserId(String username) {
        return findUser(username).map(u -> String.valueOf(u.get("id")))
                .orElseThrow(() -> new KeycloakUnavailableException("Keycloak created the user but did not say where"));
    }

    /** The user made a member of the school's Organization; one already a member is left as is. */
    private void joinOrganization(String organizationId, String userId) {
        try {
            admin.post().uri("/organizations/{org}/members", organizationId).contentType(MediaType.APPLICATION_JSON).body(userId)
                    .retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.Conflict e) {
            // already a member: nothing to do
        }
    }
}
