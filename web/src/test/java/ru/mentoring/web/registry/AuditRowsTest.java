package ru.mentoring.web.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.mentoring.web.registry.RegistryApi.AuditChange;
import ru.mentoring.web.registry.RegistryApi.AuditEntry;

class AuditRowsTest {

    private final RegistryLabels labels = new RegistryLabels();

    @Test
    void aPairsEndAndARequestsDecisionReadInWordsWithNoFieldNameOrStatusCode() {
        List<AuditEntry> entries = List.of(
                entry("PAIR_TERMINATED", "PAIR", List.of(new AuditChange("status", "DESIGN", "TERMINATED"),
                        new AuditChange("terminationNote", null, "Замена согласована"),
                        new AuditChange("endedOn", null, "2026-12-07"))),
                entry("PAIR_REQUEST_DECIDED", "PAIR_REQUEST", List.of(new AuditChange("status", "PENDING", "APPROVED"),
                        new AuditChange("decisionNote", null, "Замена согласована"))),
                entry("MENTEE_REQUEST_CLOSED", "MENTEE_REQUEST", List.of(new AuditChange("status", "OPEN", "CLOSED"))));
        Map<String, String> catalogue = Map.of("DESIGN", "проектировочный", "TERMINATED", "прекращена");

        List<AuditRows.Row> rows = AuditRows.of(entries, Map.of("mil-sosh-2", "МБОУ СОШ №2"), catalogue, labels);

        assertThat(rows).extracting(AuditRows.Row::action)
                .containsExactly("Пара прекращена", "Решение по заявлению принято", "Запрос наставляемого закрыт");
        assertThat(rows.get(0).changes()).extracting(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                .containsExactly("Статус: проектировочный → прекращена", "Пояснение к прекращению: null → Замена согласована",
                        "Дата окончания: null → 07.12.2026");
        assertThat(rows.get(1).changes().get(0)).isEqualTo(new AuditRows.Change("Статус", "на рассмотрении", "удовлетворён"));
        assertThat(rows.get(1).changes().get(1).field()).isEqualTo("Пояснение к решению");
        assertThat(rows.get(2).changes().get(0)).isEqualTo(new AuditRows.Change("Статус", "открыт", "закрыт"));
        assertThat(rows.get(0).schools()).isEqualTo("МБОУ СОШ №2");
    }

    private static AuditEntry entry(String action, String entity, List<AuditChange> changes) {
        return new AuditEntry(1, OffsetDateTime.parse("2026-12-07T05:31:00+03:00"), "coordinator", List.of("mil-sosh-2"),
                entity, "p-1", action, changes);
    }
}
