package ru.mentoring.registry.document;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The bytes in an S3-compatible bucket, under a key that says nothing (the prefix and the document's random id: no
 * school, no name); who may read them is decided by the description's row in PostgreSQL before this store is asked.
 * The bucket is outside the database transaction, so this store follows it: an object written for a description
 * that is then rolled back is removed again, and a deleted document's object goes only once the deletion is committed
 * (a rolled-back deletion keeps its bytes).
 */
class S3DocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(S3DocumentStore.class);

    private final S3Client s3;
    private final String bucket;
    private final String keyPrefix;

    S3DocumentStore(S3Client s3, S3DocumentStoreProperties properties) {
        this.s3 = s3;
        this.bucket = properties.bucket();
        this.keyPrefix = properties.keyPrefix();
    }

    String key(UUID documentId) {
        return keyPrefix + documentId;
    }

    @Override
    public void put(UUID documentId, String schoolCode, byte[] content) {
        String key = key(documentId);
        s3.putObject(b -> b.bucket(bucket).key(key).contentLength((long) content.length)
                .contentType("application/octet-stream"), RequestBody.fromBytes(content));
        afterCompletion(status -> {
            if (status != TransactionSynchronization.STATUS_COMMITTED) {
                remove(key);
            }
        });
    }

    @Override
    public Optional<InputStream> open(UUID documentId) {
        try {
            return Optional.of(s3.getObject(b -> b.bucket(bucket).key(key(documentId))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(UUID documentId) {
        String key = key(documentId);
        afterCompletion(status -> {
            if (status == TransactionSynchronization.STATUS_COMMITTED) {
                remove(key);
            }
        });
    }

    private void remove(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (RuntimeException e) {
            // the description is already gone or never was: an orphan object nobody can reach, worth a line in the log
            log.warn("Could not remove the document object {} from bucket {}", key, bucket, e);
        }
    }

    /** Runs after the surrounding transaction ends, with its status; at once (as committed) when there is none. */
    private static void afterCompletion(IntConsumer action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.accept(status);
                }
            });
        } else {
            action.accept(TransactionSynchronization.STATUS_COMMITTED);
        }
    }
}
