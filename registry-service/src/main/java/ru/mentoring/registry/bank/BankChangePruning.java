package ru.mentoring.registry.bank;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the banks' change log ({@code bank_change}) short: deletes the changes older than the
 * previous run (so every change is kept at least one interval) and records the gap in
 * {@code pruned_below}: a {@link BankIndex} that still holds an older version then reloads
 * everything instead of missing changes.
 */
@Component
class BankChangePruning {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private volatile long mark;

    BankChangePruning(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${registry.bank-index.prune-every:PT1H}", initialDelayString = "${registry.bank-index.prune-every:PT1H}")
    public void prune() {
        long version = jdbc.sql("select version from bank_version where id = 1").query(Long.class).single();
        long previous = mark;
        if (previous > 0) {
            transaction.executeWithoutResult(tx -> {
                jdbc.sql("update bank_version set pruned_below = :mark where id = 1 and pruned_below < :mark")
                        .param("mark", previous).update();
                jdbc.sql("delete from bank_change where version < :mark").param("mark", previous).update();
            });
        }
        mark = version;
    }
}
