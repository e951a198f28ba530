package ru.mentoring.registry.bank;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mentoring.platform.tenant.TenantContext;
import ru.mentoring.registry.bank.BankViews.MenteeEntry;
import ru.mentoring.registry.bank.BankViews.MentorEntry;
import ru.mentoring.registry.participant.ParticipantKind;

/**
 * The banks of mentors and mentees held in memory for the search, exactly as committed.
 *
 * <p>Why: a search's page is a handful of filters over tens of thousands of people, sorted by name.
 * In SQL that meant reading every match of a name or subject (or walking the bank in name order past
 * the non-matches) for every request; here a filter is a bit set over the bank in name order, a page
 * is the AND of a few of them, and the entries are built once per change instead of once per request.
 *
 * <p>Never stale: every search first reads the committed bank version (one primary-key read). When
 * it has moved on, the people changed since the version held are read from {@code bank_change}
 * (written by the database's own triggers in the writer's transaction, changelog 20261126-01) and
 * reloaded, in one repeatable-read snapshot with the version itself; a truncation, a gap left by
 * pruning or more than {@link #FULL_RELOAD_AFTER} changed people reload everything. The name order
 * is PostgreSQL's {@code order by last_name, first_name, id}, read from the banks' name-order
 * indexes, so pages are in the same order as before and as the exports.
 *
 * <p>In three parts: this class holds the committed snapshot and decides what to reload;
 * {@link BankRows} reads the people from the database; {@link IndexedBank} is one bank's bit sets.
 * {@link BankChangePruning} keeps the change log short.
 *
 * <p>Memory: about 1 KiB per person in a bank (the entries as the search returns them, with their
 * topics or requests). 50,000 people: about 50 MiB.
 */
@Component
class BankIndex {

    /** Beyond this many people changed since the version held, everything is reloaded. */
    static final int FULL_RELOAD_AFTER = 10_000;

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;
    private final BankRows rows;
    private final TransactionTemplate snapshotTransaction;
    private final Timer fullReloads;
    private final Timer changeReloads;
    private volatile Snapshot snapshot;

    BankIndex(JdbcClient jdbc, BankRows rows, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.snapshotTransaction = new TransactionTemplate(transactions);
        snapshotTransaction.setReadOnly(true);
        snapshotTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshotTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.fullReloads = reloads(meters, "full");
        this.changeReloads = reloads(meters, "changes");
        Gauge.builder("registry.bank.index.people", this, i -> i.snapshot == null ? 0 : i.snapshot.people.size())
                .description("People in the banks' search index").register(meters);
    }

    private static Timer reloads(MeterRegistry meters, String kind) {
        return Timer.builder("registry.bank.index.reloads").tag("kind", kind)
                .description("Reloads of the banks' search index: everything (full), or the people changed since the version held")
                .register(meters);
    }

    /** The banks as committed now. */
    Snapshot current() {
        long committed = jdbc.sql("select version from bank_version where id = 1").query(Long.class).single();
        Snapshot held = snapshot;
        if (held != null && held.version >= committed) {
            return held;
        }
        synchronized (this) {
            Snapshot latest = snapshot;
            if (latest != null && latest.version >= committed) {
                return latest;
            }
            // the banks are everyone's, whoever's search noticed the change: read them as the system,
            // never in a school administrator's tenant (row-level security would hide the other schools)
            Snapshot fresh = TenantContext.callAsSystem(() -> snapshotTransaction.execute(tx -> load(latest)));
            snapshot = fresh;
            return fresh;
        }
    }

    // ---------------------------------------------------------------- loading

    private Snapshot load(Snapshot previous) {
        long[] state = jdbc.sql("select version, pruned_below from bank_version where id = 1")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long version = state[0];
        if (previous != null && previous.version >= version) {
            return previous;
        }
        long started = System.nanoTime();
        Map<UUID, Person> people;
        boolean full = previous == null || previous.version < state[1];
        List<UUID> changed = List.of();
        if (!full) {
            changed = jdbc.sql("select distinct participant_id from bank_change where version > :from and version <= :to")
                    .param("from", previous.version).param("to", version)
                    .query((rs, n) -> rs.getObject(1, UUID.class)).list();
            full = changed.contains(null) || changed.size() > FULL_RELOAD_AFTER;
        }
        Snapshot loaded;
        if (full) {
            people = rows.people(null);
            loaded = new Snapshot(version, people, new IndexedBank(true, rows.order("mentor_bank"), people),
                    new IndexedBank(false, rows.order("mentee_bank"), people));
        } else {
            people = new HashMap<>(previous.people);
            changed.forEach(people::remove);
            people.putAll(rows.people(changed));
            if (changed.stream().allMatch(id -> samePlace(previous.people.get(id), people.get(id)))) {
                // a topic, a request, a consent, a pair, a subject...: nobody moved, the entries are replaced where they are
                loaded = new Snapshot(version, people, previous.mentors.replacing(changed, people),
                        previous.mentees.replacing(changed, people));
            } else {
                loaded = new Snapshot(version, people, new IndexedBank(true, rows.order("mentor_bank"), people),
                        new IndexedBank(false, rows.order("mentee_bank"), people));
            }
        }
        (full ? fullReloads : changeReloads).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return loaded;
    }

    /**
     * Whether a changed person stays where they were in both banks: the same banks, name order key,
     * name words, school and municipality (the bit sets of those are then reused as they are).
     */
    private static boolean samePlace(Person before, Person after) {
        if (before == null || after == null) {
            return before == after;
        }
        return (before.mentor() == null) == (after.mentor() == null) && (before.mentee() == null) == (after.mentee() == null)
                && before.lastName().equals(after.lastName()) && before.firstName().equals(after.firstName())
                && Arrays.equals(before.nameWords(), after.nameWords()) && before.schoolCode().equals(after.schoolCode())
                && Objects.equals(before.municipality(), after.municipality());
    }

    /** As PostgreSQL's lower() for the letters of names and subjects. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The words of a name or of a name search: lower case, ё as е, split at anything but letters and
     * digits (as the words of the name's full-text vector were, changelog 20261124-01).
     */
    static String[] nameWords(String s) {
        return Arrays.stream(NOT_A_LETTER.split(lower(s).replace('ё', 'е'))).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** One person of the banks, with the entries the search returns and the keys it filters on. */
    record Person(UUID id, String schoolCode, String municipality, ParticipantKind kind, boolean youngSpecialist,
            String lastName, String firstName, String subjects, String[] nameWords, boolean inMentorPair, boolean inMenteePair, Set<String> topicSubjects,
            Set<String> requestSubjects, MentorEntry mentor, MenteeEntry mentee) {
    }

    /** The banks at one committed version. */
    public record Snapshot(long version, Map<UUID, Person> people, IndexedBank mentors, IndexedBank mentees) {
    }

    /** Where a search looks: one school, or every school of a municipality. */
    record Scope(String school, String municipality) {
    }
}
