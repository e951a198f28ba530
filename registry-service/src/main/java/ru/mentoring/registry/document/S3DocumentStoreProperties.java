package ru.mentoring.registry.document;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The bucket of {@code registry.documents.store=s3}. The keys come from the environment
 * ({@code REGISTRY_DOCUMENTS_S3_ACCESS_KEY}, {@code REGISTRY_DOCUMENTS_S3_SECRET_KEY}), never from a file in the repository.
 *
 * @param endpoint   the S3-compatible server (MinIO, Ceph, Yandex Object Storage, ...); empty for AWS itself
 * @param region     the signing region; most S3-compatible servers accept any, AWS needs the bucket's
 * @param bucket     made beforehand, with no public access: every read goes through the registry's tenancy checks
 * @param pathStyle  {@code http://host/bucket/key} rather than {@code http://bucket.host/key}: what most self-hosted
 *                   servers need
 * @param keyPrefix  put before each object's key (a random id), so that one bucket may serve more than one installation
 */
@Validated
@ConfigurationProperties("registry.documents.s3")
record S3DocumentStoreProperties(URI endpoint, String region, @NotBlank String bucket, @NotBlank String accessKey,
        @NotBlank String secretKey, Boolean pathStyle, String keyPrefix) {

    S3DocumentStoreProperties {
        region = region == null || region.isBlank() ? "us-east-1" : region;
        pathStyle = pathStyle == null || pathStyle;
        keyPrefix = keyPrefix == null ? "documents/" : keyPrefix;
    }
}
