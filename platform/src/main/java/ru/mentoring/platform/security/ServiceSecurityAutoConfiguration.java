package ru.mentoring.platform.security;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.observation.SecurityObservationSettings;

import ru.mentoring.platform.web.CorrelationId;
import ru.mentoring.platform.web.CorrelationIdFilter;

/**
 * Every service is a resource server of its own: a call that bypasses the gateway gets no more than
 * one through it. Health, Prometheus and the OpenAPI document stay open for probes and tooling.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class ServiceSecurityAutoConfiguration {

    private static final List<String> OPEN = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/error");

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType(ProblemResponses.CONTENT_TYPE);
            response.getOutputStream().write(ProblemResponses.unauthorized(request.getRequestURI(),
                    (String) request.getAttribute(CorrelationId.MDC_KEY)));
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            response.setStatus(403);
            response.setContentType(ProblemResponses.CONTENT_TYPE);
            response.getOutputStream().write(ProblemResponses.forbidden(request.getRequestURI(),
                    (String) request.getAttribute(CorrelationId.MDC_KEY)));
        };
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new KeycloakRolesConverter());
        converter.setPrincipalClaimName("preferred_username");

        http.authorizeHttpRequests(auth -> {
                    auth.requestMatchers(OPEN.toArray(String[]::new)).permitAll();
                    if (!properties.publicPaths().isEmpty()) {
                        auth.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth -> oauth
                        // the Authorization header only, as the default resolver is configured, without its regex
                        .bearerTokenResolver(request -> RequestSyntax.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION)))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The JWK set is fetched on first use, so a service starts before Keycloak is up. Each distinct
     * token's signature is checked once per VerifiedTokens' trust (minutes, and never across a change
     * of the realm's key set); its times, issuer, audience, lifetime and roles always.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder platformJwtDecoder(Environment environment, VerifiedTokens platformVerifiedTokens) {
        String issuer = environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(TokenValidation.jwkSetUri(environment)).build();
        decoder.setJwtValidator(platformVerifiedTokens.validator());
        return VerifiedTokens.caching(decoder, platformVerifiedTokens);
    }

    @Bean
    @ConditionalOnMissingBean(VerifiedTokens.class)
    VerifiedTokens platformVerifiedTokens(Environment environment, PlatformSecurityProperties properties) {
        return TokenValidation.verifiedTokens(environment, properties);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(RealmKeySet.class)
    RealmKeySet platformRealmKeySet(Environment environment, PlatformSecurityProperties properties, VerifiedTokens tokens) {
        return RealmKeySet.watch(TokenValidation.jwkSetUri(environment), properties.keySetCheckInterval(), tokens);
    }

    /** Keycloak in {@code /actuator/health} as {@code keycloak}: DEGRADED while it does not answer. */
    @Bean
    @ConditionalOnMissingBean(name = "keycloakHealthIndicator")
    HealthIndicator keycloakHealthIndicator(RealmKeySet keys) {
        return new KeycloakHealthIndicator(keys);
    }

    /** Spring Security's strict firewall with its rules for names and header values as loops (see RequestSyntax). */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    StrictHttpFirewall platformHttpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(RequestSyntax.NAMES);
        firewall.setAllowedHeaderValues(RequestSyntax.HEADER_VALUES);
        firewall.setAllowedParameterNames(RequestSyntax.NAMES);
        return firewall;
    }

    /**
     * No observation of each security filter, authentication and authorization: Micrometer's
     * http.server.requests times the request as a whole, and wrapping every filter of the chain cost
     * a tenth of a read's CPU under load.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    SecurityObservationSettings platformSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
