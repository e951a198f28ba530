package ru.mentoring.web.shell;

import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class NavigationTest {

    @Test
    void coordinatorSeesSchoolsOverviewRegistryMentoringMonitoringAndIndexData() {
        assertThat(Navigation.of(Role.COORDINATOR, "/schools/mil-sosh-2"))
                .extracting(Navigation.Item::label, Navigation.Item::active)
                .containsExactly(tuple("Школы", true),
                        tuple("Обзор", false),
                        tuple("Реестр", false),
                        tuple("Наставничество", false),
                        tuple("Мониторинг", false),
                        tuple("Данные индекса", false));
    }

    @Test
    void schoolAdministratorSeesTheirSchoolFirst() {
        assertThat(Navigation.of(Role.SCHOOL_ADMIN, "/my-school")).first()
                .isEqualTo(new Navigation.Item("Моя школа", "/my-school", true, true));
    }

    @Test
    void aMentorOrMenteeInTheirOwnAccountSeesTheirPairsOnly() {
        for (Role own : List.of(Role.MENTOR, Role.MENTEE)) {
            assertThat(Navigation.of(own, "/me/pairs/x")).containsExactly(new Navigation.Item("Мои пары", "/me", true, true));
        }
        assertThat(Role.primary(List.of(new SimpleGrantedAuthority("ROLE_mentee")))).contains(Role.MENTEE);
    }

    @Test
    void theStrongestRoleNamesThePerson() {
        assertThat(Role.primary(List.of(new SimpleGrantedAuthority("ROLE_school-admin"),
                new SimpleGrantedAuthority("ROLE_coordinator"), new SimpleGrantedAuthority("OIDC_USER"))))
                .contains(Role.COORDINATOR);
        assertThat(Role.primary(List.of(new SimpleGrantedAuthority("OIDC_USER")))).isEmpty();
    }
}
