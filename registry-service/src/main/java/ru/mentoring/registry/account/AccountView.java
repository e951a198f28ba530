package ru.mentoring.registry.account;

import java.util.Set;
import java.util.UUID;

/** The linked account: its login, the roles given, whether Keycloak made it now and sent the invitation. */
record AccountView(UUID participantId, String username, Set<String> roles, boolean userCreated, boolean invitationSent) {
}
