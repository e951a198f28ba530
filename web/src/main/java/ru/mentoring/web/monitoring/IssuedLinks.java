package ru.mentoring.web.monitoring;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The personal links made in this session. The service shows a token once (when a round is opened
 * or a link reissued) and keeps only its hash, so the pages keep the tokens they were given in the
 * person's session to show, copy and print them; after sign-out a link can only be reissued.
 */
final class IssuedLinks {

    record Issued(String token, OffsetDateTime expiresAt) implements Serializable {
    }

    private static final String ATTRIBUTE = IssuedLinks.class.getName();
    /** Rounds remembered per session: the latest ones, so a long session does not grow without end. */
    static final int ROUNDS_KEPT = 20;

    private IssuedLinks() {
    }

    static void remember(HttpSession session, UUID round, UUID respondent, String token, OffsetDateTime expiresAt) {
        synchronized (session) {
            Map<UUID, Map<UUID, Issued>> all = all(session);
            all.computeIfAbsent(round, r -> new LinkedHashMap<>()).put(respondent, new Issued(token, expiresAt));
            while (all.size() > ROUNDS_KEPT) {
                all.remove(all.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, all);
        }
    }

    static Map<UUID, Issued> of(HttpSession session, UUID round) {
        synchronized (session) {
            return Map.copyOf(all(session).getOrDefault(round, Map.of()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Map<UUID, Issued>> all(HttpSession session) {
        Object found = session.getAttribute(ATTRIBUTE);
        return found instanceof LinkedHashMap<?, ?> map ? (Map<UUID, Map<UUID, Issued>>) map : new LinkedHashMap<>();
    }
}
