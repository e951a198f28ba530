package ru.mentoring.platform.upload;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The {@link Uploads} of a service that reads workbooks (POI on its class path). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.apache.poi.xssf.eventusermodel.XSSFReader")
@EnableConfigurationProperties(UploadProperties.class)
public class UploadAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Uploads uploads(UploadProperties properties) {
        return new Uploads(properties);
    }
}
