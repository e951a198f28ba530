package ru.mentoring.web.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ru.mentoring.web.registry.RegistryApi.Participant;

class ParticipantTableTest {

    private static Participant person(String school, String kind, String last, String first) {
        return new Participant(UUID.randomUUID(), school, last, kind, last, first, null, null, null, null, false, null, false, false);
    }

    @Test
    void everyWordTypedMustBeginAWordOfTheNameWithЁReadAsЕ() {
        assertThat(ParticipantTable.matches("Смирнова Ольга Петровна", List.of("смир", "ольга"))).isTrue();
        assertThat(ParticipantTable.matches("Алгеброва Ольга", List.of("гебр"))).isFalse();
        assertThat(ParticipantTable.matches("Ёлкина Вера", List.of(ParticipantTable.normalized("ЕЛК")))).isTrue();
        assertThat(ParticipantTable.matches("Иванов-Петров Иван", List.of(ParticipantTable.normalized("петров,")))).isTrue();
    }

    @Test
    void theTableIsSortedOnTheServerAndCutIntoPagesOfTwenty() {
        List<Participant> people = IntStream.range(0, 45).mapToObj(i -> person(i % 2 == 0 ? "a" : "b", "TEACHER",
                "Фамилия" + String.format("%02d", i), "Имя")).toList();
        Map<String, String> names = Map.of("a", "Школа А", "b", "Школа Б");
        ParticipantTable.Page third = ParticipantTable.page(people, names, ParticipantTable.Query.of(null, null, null, "name", "desc", 3));
        assertThat(third.total()).isEqualTo(45);
        assertThat(third.pages()).isEqualTo(3);
        assertThat(third.rows()).extracting(r -> r.person().lastName()).containsExactly("Фамилия04", "Фамилия03", "Фамилия02",
                "Фамилия01", "Фамилия00");
        ParticipantTable.Page bySchool = ParticipantTable.page(people, names, ParticipantTable.Query.of(null, null, null, "school", "asc", 1));
        assertThat(bySchool.rows().get(0).school()).isEqualTo("Школа А");
        assertThat(bySchool.rows().get(0).person().lastName()).isEqualTo("Фамилия00");
        // a page past the end is the last page
        assertThat(ParticipantTable.page(people, names, ParticipantTable.Query.of(null, null, null, null, null, 9)).page()).isEqualTo(3);
    }
}
