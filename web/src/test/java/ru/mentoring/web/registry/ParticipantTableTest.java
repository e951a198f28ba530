package ru.mentoring.web.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.mentoring.web.registry.RegistryApi.Participant;

class ParticipantTableTest {

    private static Participant person(String school, String last) {
        return new Participant(UUID.randomUUID(), school, last, "TEACHER", last, "Имя", null, null, null, null, false, null, false, false);
    }

    @Test
    void theRegistrysPageCountedFromZeroIsShownCountedFromOneWithSchoolsByShortName() {
        var answer = new RegistryApi.Page<>(List.of(person("a", "Фамилия40"), person("z", "Фамилия41")), 2, 20, 45);
        ParticipantTable.Page page = ParticipantTable.page(answer, Map.of("a", "Школа А"));
        assertThat(page.page()).isEqualTo(3);
        assertThat(page.pages()).isEqualTo(3);
        assertThat(page.total()).isEqualTo(45);
        assertThat(page.rows()).extracting(ParticipantTable.Row::school).containsExactly("Школа А", "—");
    }

    @Test
    void theQueryAsksForAKnownOrderAndDirectionOnly() {
        assertThat(ParticipantTable.Query.of(" смир ", "TEACHER", "", "school", "desc", 0))
                .isEqualTo(new ParticipantTable.Query("смир", "TEACHER", null, "school", true, 1));
        assertThat(ParticipantTable.Query.of(null, "ALIEN", null, "password", "sideways", 4).apiSort()).isEqualTo("name,asc");
        assertThat(ParticipantTable.Query.of(null, "ALIEN", null, "password", "sideways", 4).kind()).isNull();
        assertThat(ParticipantTable.pages(0)).isEqualTo(1);
        assertThat(ParticipantTable.pages(40)).isEqualTo(2);
    }
}
