package ru.mentoring.gateway;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import ru.mentoring.platform.security.KeycloakRolesConverter;
import ru.mentoring.platform.security.PlatformSecurityProperties;
import ru.mentoring.platform.security.ProblemResponses;
import ru.mentoring.platform.security.RequestSyntax;
import ru.mentoring.platform.security.TokenValidation;
import ru.mentoring.platform.security.VerifiedTokens;
import ru.mentoring.platform.web.CorrelationId;

/**
 * The first wall: no valid token, 401; a role that may not do this, 403; before any service is
 * reached. The services check again (the token is relayed unchanged), so bypassing the gateway
 * gains nothing. Department viewers read; only coordinators and school administrators write.
 * These rules are for {@code /api/**}; every other path is the web application's, which protects
 * its pages with its own session login.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class GatewaySecurity {

    static final String[] READERS = {"coordinator", "school-admin", "department-viewer"};
    static final String[] WRITERS = {"coordinator", "school-admin"};

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new KeycloakRolesConverter());
        converter.setPrincipalClaimName("preferred_username");
        Converter<Jwt, Mono<AbstractAuthenticationToken>> reactiveConverter = new ReactiveJwtAuthenticationConverterAdapter(converter);

        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> write(exchange, HttpStatus.UNAUTHORIZED,
                ProblemResponses.unauthorized(exchange.getRequest().getPath().value(), correlationId(exchange)));
        ServerAccessDeniedHandler forbidden = (exchange, e) -> write(exchange, HttpStatus.FORBIDDEN,
                ProblemResponses.forbidden(exchange.getRequest().getPath().value(), correlationId(exchange)));

        return http
                .authorizeExchange(auth -> auth
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        // personal questionnaire links: people without an account answer through them
                        .pathMatchers("/api/monitoring/public/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/**").hasAnyRole(READERS)
                        .pathMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(READERS)
                        .pathMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .pathMatchers("/api/**").hasAnyRole(WRITERS)
                        .pathMatchers("/actuator/**").denyAll()
                        // the web application's pages: it logs people in itself (session, Keycloak login page)
                        .anyExchange().permitAll())
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenConverter(BEARER)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(reactiveConverter))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                // stateless: the token is checked on every request, so no web session is made or looked up
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }

    /** The Authorization header only, as the default converter is configured, without its regex (see RequestSyntax). */
    static final ServerAuthenticationConverter BEARER = exchange -> Mono
            .fromCallable(() -> RequestSyntax.bearerToken(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
            .map(BearerTokenAuthenticationToken::new);

    /** Spring Security's strict firewall with its rules for names and header values as loops (see RequestSyntax). */
    @Bean
    ServerWebExchangeFirewall gatewayFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(RequestSyntax.NAMES);
        firewall.setAllowedHeaderValues(RequestSyntax.HEADER_VALUES);
        firewall.setAllowedParameterNames(RequestSyntax.NAMES);
        return firewall;
    }

    /** No observation of each security filter (see the services' ServiceSecurityAutoConfiguration). */
    @Bean
    SecurityObservationSettings gatewaySecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Same checks as the services (signature, issuer, audience, expiry); JWKs fetched on first use.
     * Each distinct token's signature is checked once (see VerifiedTokens); its claims on every request.
     */
    @Bean
    ReactiveJwtDecoder gatewayJwtDecoder(Environment environment, PlatformSecurityProperties properties) {
        String issuer = environment.getRequiredProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(TokenValidation.jwkSetUri(environment)).build();
        OAuth2TokenValidator<Jwt> validator = TokenValidation.validator(issuer, properties);
        decoder.setJwtValidator(validator);
        return caching(decoder, new VerifiedTokens(validator, VerifiedTokens.DEFAULT_CAPACITY));
    }

    static ReactiveJwtDecoder caching(ReactiveJwtDecoder decoder, VerifiedTokens tokens) {
        return token -> Mono.defer(() -> {
            Jwt known = tokens.lookup(token);
            return known != null ? Mono.just(known) : decoder.decode(token).doOnNext(jwt -> tokens.remember(token, jwt));
        });
    }

    private static String correlationId(ServerWebExchange exchange) {
        return exchange.getAttribute(CorrelationId.MDC_KEY);
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, byte[] body) {
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.parseMediaType(ProblemResponses.CONTENT_TYPE));
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
