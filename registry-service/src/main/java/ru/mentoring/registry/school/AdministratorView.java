package ru.mentoring.registry.school;

/**
 * @param userCreated    false when an existing Keycloak user was appointed
 * @param invitationSent whether Keycloak e-mailed the new user a link to set a password
 */
record AdministratorView(String schoolCode, String username, String userId, String organizationId, boolean userCreated,
        boolean invitationSent) {
}
