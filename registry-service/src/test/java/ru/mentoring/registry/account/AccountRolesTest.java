package ru.mentoring.registry.account;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.registry.participant.ParticipantKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRolesTest {

    @Test
    void aPupilIsAMinorAndActsThroughTheSchoolWhateverTheBanks() {
        assertThatThrownBy(() -> AccountRoles.of(ParticipantKind.STUDENT, false, true))
                .isInstanceOfSatisfying(DomainRuleException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations().get(0).reason()).contains("несовершеннолетний", "через школу");
                });
    }

    @Test
    void theRoleFollowsTheBankTheParticipantIsIn() {
        assertThat(AccountRoles.of(ParticipantKind.TEACHER, true, false)).containsExactly("mentor");
        assertThat(AccountRoles.of(ParticipantKind.TEACHER, false, true)).containsExactly("mentee");
        assertThat(AccountRoles.of(ParticipantKind.PARENT, true, false)).containsExactly("mentor");
    }

    @Test
    void aTeacherWhoMentorsAndIsMentoredGetsBothRoles() {
        assertThat(AccountRoles.of(ParticipantKind.TEACHER, true, true)).containsExactlyInAnyOrder("mentor", "mentee");
    }

    @Test
    void someoneInNeitherBankGetsNoAccountYet() {
        assertThatThrownBy(() -> AccountRoles.of(ParticipantKind.PARTNER, false, false))
                .isInstanceOfSatisfying(DomainRuleException.class, e -> assertThat(e.status()).isEqualTo(422));
    }
}
