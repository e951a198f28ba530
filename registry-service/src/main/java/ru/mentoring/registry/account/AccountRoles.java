package ru.mentoring.registry.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;
import ru.mentoring.registry.participant.ParticipantKind;

/**
 * Which realm roles a participant's own account gets. Pure rules: a pupil is a minor (the register
 * holds no birth dates, and school pupils are under 18) and acts through the school, so gets no
 * account; everyone else gets {@code mentor} when in the bank of mentors, {@code mentee} when in
 * the bank of mentees (being paired puts one there), both when in both.
 */
final class AccountRoles {

    static final String MENTOR = "mentor";
    static final String MENTEE = "mentee";

    private AccountRoles() {
    }

    static Set<String> of(ParticipantKind kind, boolean mentorBank, boolean menteeBank) {
        if (kind == ParticipantKind.STUDENT) {
            String reason = "Обучающийся — несовершеннолетний участник: он действует через школу, личный кабинет ему не открывается";
            throw new DomainRuleException(400, reason, List.of(new Violation("participant", reason)));
        }
        Set<String> roles = new LinkedHashSet<>();
        if (mentorBank) {
            roles.add(MENTOR);
        }
        if (menteeBank) {
            roles.add(MENTEE);
        }
        if (roles.isEmpty()) {
            throw DomainRuleException.unprocessable("participant",
                    "Участник не состоит ни в банке наставников, ни в банке наставляемых: личный кабинет ему пока не нужен");
        }
        return roles;
    }

    /** The roles as people read them (the audit log): «наставник, наставляемый». */
    static String russian(Set<String> roles) {
        return String.join(", ", roles.stream().map(r -> MENTOR.equals(r) ? "наставник" : "наставляемый").toList());
    }
}
