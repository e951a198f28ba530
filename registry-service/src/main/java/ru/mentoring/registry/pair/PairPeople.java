package ru.mentoring.registry.pair;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.mentoring.registry.participant.ParticipantKind;

/**
 * The people of pairs with their schools, read in plain SQL on purpose: a pair may cross schools,
 * and a school administrator's tenant-filtered session cannot load the other school's member.
 * What of that member is shown is decided by {@link PairViews} (name and school only).
 */
@Component
class PairPeople {

    record Person(UUID id, String schoolCode, String schoolShortName, String municipalityCode, ParticipantKind kind,
            String externalKey, String lastName, String firstName, String middleName) {

        /** «Иванова А. П.» — for messages to the caller about their own people. */
        String shortName() {
            StringBuilder s = new StringBuilder(lastName).append(' ').append(firstName.charAt(0)).append('.');
            if (middleName != null && !middleName.isBlank()) {
                s.append(' ').append(middleName.charAt(0)).append('.');
            }
            return s.toString();
        }
    }

    private final JdbcClient jdbc;

    PairPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Person> find(Collection<UUID> ids) {
        Map<UUID, Person> found = new LinkedHashMap<>();
        List<UUID> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            findChunk(all.subList(from, Math.min(all.size(), from + CHUNK)), found);
        }
        return found;
    }

    /** Bind parameters stay well under PostgreSQL's limit of 65,535 per statement. */
    private static final int CHUNK = 10_000;

    private void findChunk(List<UUID> ids, Map<UUID, Person> found) {
        jdbc.sql("""
                        select p.id, p.school_code, s.short_name, s.municipality_code, p.kind, p.external_key, p.last_name,
                               p.first_name, p.middle_name
                        from participant p join school s on s.code = p.school_code
                        where p.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new Person(rs.getObject("id", UUID.class), rs.getString("school_code"),
                        rs.getString("short_name"), rs.getString("municipality_code"),
                        ParticipantKind.valueOf(rs.getString("kind")), rs.getString("external_key"), rs.getString("last_name"),
                        rs.getString("first_name"),
                        rs.getString("middle_name")))
                .list()
                .forEach(p -> found.put(p.id(), p));
    }

    /** Whoever is paired is in the bank of their role from then on. */
    void joinBanks(UUID mentor, Collection<UUID> mentees) {
        jdbc.sql("update participant set mentor_bank = true where id = :id and not mentor_bank").param("id", mentor).update();
        jdbc.sql("update participant set mentee_bank = true where id in (:ids) and not mentee_bank").param("ids", mentees).update();
    }
}
