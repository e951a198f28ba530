package ru.mentoring.monitoring.registry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.LocalHttp;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.platform.test.TestServiceClients;
import ru.mentoring.monitoring.registry.RegistryFigures.SchoolCounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry client against a local stand-in of the registry's endpoints. */
class RegistryServiceFiguresTest {

    static RegistryServiceFigures client(String url) {
        return new RegistryServiceFigures(TestServiceClients.at(url));
    }

    @Test
    void schoolsOfTheMunicipalityAndTheirCountsAreReadFromTheRegistrysJson() throws Exception {
        try (LocalHttp registry = new LocalHttp()
                .answer("/api/registry/schools", 200, """
                        [{"code":"m1-a","fullName":"МБОУ СОШ №1","shortName":"СОШ №1","kind":"SCHOOL","municipalityCode":"m1"},
                         {"code":"m2-b","fullName":"МБОУ СОШ №2","shortName":"","municipalityCode":"m2"}]""")
                .answer("/api/registry/statistics/schools", 200, """
                        [{"schoolCode":"m1-a","shortName":"СОШ №1","participants":{"TEACHER":40,"STUDENT":300},
                          "mentors":4,"mentees":9,"activePairs":5},
                         {"schoolCode":"m1-c","participants":{"TEACHER":10},"mentorsByKind":{"TEACHER":2},"mentees":1},
                         {"schoolCode":"m2-b","participants":{"TEACHER":99},"mentors":1,"mentees":1}]""")) {
            RegistryServiceFigures figures = client(registry.url());
            Available<List<RegistryFigures.RegistrySchool>> schools = figures.schoolsOf("m1");
            assertThat(schools.present()).isTrue();
            assertThat(schools.value()).extracting(RegistryFigures.RegistrySchool::code).containsExactly("m1-a");
            assertThat(schools.value().getFirst().displayName()).isEqualTo("СОШ №1");

            Map<String, SchoolCounts> counts = figures.countsOf(List.of("m1-a", "m1-c")).value();
            assertThat(counts).containsOnlyKeys("m1-a", "m1-c");
            assertThat(counts.get("m1-a")).isEqualTo(new SchoolCounts("m1-a", 40L, 4L, 9L, false, false));
            assertThat(counts.get("m1-c")).isEqualTo(new SchoolCounts("m1-c", 10L, 2L, 1L, true, false));
        }
    }

    @Test
    void countsTheRegistryDoesNotPublishAreNull() throws Exception {
        try (LocalHttp registry = new LocalHttp().answer("/api/registry/statistics/schools", 200, """
                [{"schoolCode":"m1-a","shortName":"СОШ №1","participants":{"TEACHER":40}}]""")) {
            SchoolCounts c = client(registry.url()).countsOf(List.of("m1-a")).value().get("m1-a");
            assertThat(c.teachers()).isEqualTo(40L);
            assertThat(c.mentors()).isNull();
            assertThat(c.mentees()).isNull();
        }
    }

    @Test
    void aRefusalOrASilentRegistryIsUnavailableWithTheReason() throws Exception {
        String url;
        try (LocalHttp registry = new LocalHttp().answer("/api/registry/statistics/schools", 403, "{}")) {
            url = registry.url();
            Available<Map<String, SchoolCounts>> refused = client(url).countsOf(List.of("m1-a"));
            assertThat(refused.present()).isFalse();
            assertThat(refused.unavailable()).contains("HTTP 403").contains("доступ");
            assertThat(client(url).school("nope").unavailable()).contains("HTTP 404");
        }
        // the server is gone now: nobody listens on that port
        Available<List<RegistryFigures.RegistrySchool>> silent = client(url).schoolsOf("m1");
        assertThat(silent.present()).isFalse();
        assertThat(silent.unavailable()).contains("Реестр не ответил");
    }
}
