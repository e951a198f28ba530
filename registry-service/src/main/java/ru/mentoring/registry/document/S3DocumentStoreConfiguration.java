package ru.mentoring.registry.document;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** {@code registry.documents.store=s3}: the client, the store, and the bucket's line in {@code /actuator/health}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "registry.documents.store", havingValue = "s3")
@EnableConfigurationProperties(S3DocumentStoreProperties.class)
class S3DocumentStoreConfiguration {

    @Bean(destroyMethod = "close")
    S3Client documentsS3Client(S3DocumentStoreProperties properties) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(properties.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())))
                .forcePathStyle(properties.pathStyle());
        if (properties.endpoint() != null) {
            builder.endpointOverride(properties.endpoint());
        }
        return builder.build();
    }

    @Bean
    S3DocumentStore s3DocumentStore(S3Client documentsS3Client, S3DocumentStoreProperties properties) {
        return new S3DocumentStore(documentsS3Client, properties);
    }

    /** Up when the bucket answers a HEAD with the registry's keys: reachable, there, and ours to use. */
    @Bean
    AbstractHealthIndicator documentsBucketHealthIndicator(S3Client documentsS3Client, S3DocumentStoreProperties properties) {
        return new AbstractHealthIndicator("The documents' bucket is not reachable") {
            @Override
            protected void doHealthCheck(Health.Builder health) {
                documentsS3Client.headBucket(b -> b.bucket(properties.bucket()));
                health.up().withDetail("bucket", properties.bucket());
            }
        };
    }
}
