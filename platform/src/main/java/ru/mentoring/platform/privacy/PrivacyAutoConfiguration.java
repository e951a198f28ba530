package ru.mentoring.platform.privacy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Makes the small-cell rule a bean of every service, bound from {@code platform.privacy.*}. */
@AutoConfiguration
@EnableConfigurationProperties(SmallCells.class)
public class PrivacyAutoConfiguration {
}
