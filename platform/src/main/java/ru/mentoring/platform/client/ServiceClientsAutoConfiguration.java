package ru.mentoring.platform.client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/** {@link ServiceClients} for every service; with the service token where the service has a client registration. */
@AutoConfiguration(afterName = "ru.mentoring.platform.security.ServiceClientAutoConfiguration")
@ConditionalOnClass(RestClient.class)
@EnableConfigurationProperties(ServiceClientProperties.class)
public class ServiceClientsAutoConfiguration {

    @Bean
    ServiceClients serviceClients(Environment environment, ServiceClientProperties properties,
            @Qualifier("serviceTokenInterceptor") ObjectProvider<ClientHttpRequestInterceptor> serviceToken) {
        return new ServiceClients(name -> environment.getProperty("platform.services." + name), properties,
                serviceToken.getIfAvailable());
    }
}
