package ru.mentoring.monitoring.plan;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.plan.PlanViews.PlanSummary;
import ru.mentoring.monitoring.plan.PlanViews.SchoolRoadmap;
import ru.mentoring.monitoring.registry.RegistryFigures.RegistrySchool;

import static org.assertj.core.api.Assertions.assertThat;

class RoadmapsTest {

    private static RegistrySchool school(String code, String shortName) {
        return new RegistrySchool(code, shortName, "Полное имя " + shortName, "m");
    }

    private static PlanSummary plan(String school, long events, long done, long overdue) {
        Map<EventStatus, Long> byStatus = new EnumMap<>(EventStatus.class);
        byStatus.put(EventStatus.DONE, done);
        byStatus.put(EventStatus.PLANNED, events - done);
        return new PlanSummary(UUID.randomUUID(), 2026, "m", school, "admin", Instant.EPOCH, events, byStatus, overdue);
    }

    @Test
    void schoolsWithoutARoadmapComeFirstThenThoseWithOverdueEventsMostFirstThenTheRestByName() {
        List<SchoolRoadmap> table = Roadmaps.table(
                List.of(school("m-1", "МБОУ СОШ №1"), school("m-2", "МБОУ СОШ №2"), school("m-3", "МБОУ Ясная ООШ"),
                        school("m-4", "МБОУ Алая ООШ"), school("m-5", "МБОУ гимназия №5"), school("m-6", "МБОУ Белая СОШ")),
                List.of(plan("m-1", 5, 5, 0), plan("m-2", 4, 1, 1), plan("m-5", 6, 0, 3), plan("m-6", 3, 3, 0)));
        assertThat(table).extracting(SchoolRoadmap::shortName).containsExactly(
                "МБОУ Алая ООШ", "МБОУ Ясная ООШ", // none, by name
                "МБОУ гимназия №5", "МБОУ СОШ №2", // overdue, most first
                "МБОУ Белая СОШ", "МБОУ СОШ №1");
        assertThat(table).extracting(SchoolRoadmap::needsAttention).containsExactly(true, true, true, true, false, false);
        assertThat(table.get(2)).extracting(SchoolRoadmap::events, SchoolRoadmap::done, SchoolRoadmap::overdue)
                .containsExactly(6L, 0L, 3L);
    }

    @Test
    void aPlanWithoutEventsIsNoRoadmapYetButItsIdIsKept() {
        PlanSummary empty = plan("m-1", 0, 0, 0);
        SchoolRoadmap line = Roadmaps.table(List.of(school("m-1", "МБОУ СОШ №1")), List.of(empty)).getFirst();
        assertThat(line.hasRoadmap()).isFalse();
        assertThat(line.planId()).isEqualTo(empty.id());
        assertThat(line.needsAttention()).isTrue();
    }

    @Test
    void aSchoolWithAPlanThatTheRegistryDoesNotListStillShowsByItsCode() {
        List<SchoolRoadmap> table = Roadmaps.table(List.of(), List.of(plan("m-9", 2, 0, 0)));
        assertThat(table).extracting(SchoolRoadmap::schoolCode, SchoolRoadmap::shortName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m-9", "m-9"));
    }
}
