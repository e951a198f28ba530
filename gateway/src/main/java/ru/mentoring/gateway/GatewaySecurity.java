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
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
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
import ru.mentoring.platform.security.RealmKeySet;
import ru.mentoring.platform.security.Role;
import ru.mentoring.platform.security.VerifiedTokens;
import ru.mentoring.platform.web.CorrelationId;

/**
 * The first wall: no valid token, 401; a role that may not do this, 403; before any service is
 * reached. The services check again (the token is relayed unchanged), so bypassing the gateway
 * gains nothing. Department viewers read; only coordinators and school administrators write;
 * region analysts reach the index ({@code /api/index/**}) and nothing else.
 * Services' tokens (the role internal-service, or issued to one of the services' clients) are for
 * calls between services only: the gateway lets none of them in, whatever else they carry.
 * These rules are for {@code /api/**}; every other path is the web application's, which protects
 * its pages with its own session login.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class GatewaySecurity {

    static final String[] READERS = {"coordinator", "school-admin", "department-viewer"};
    static final String[] WRITERS = {"coordinator", "school-admin"};
    /** The index's cohort data is the region's: its analysts read and write there, and nowhere else. */
    static final String[] INDEX_READERS = {"coordinator", "school-admin", "department-viewer", "region-analyst"};
    static final String[] INDEX_WRITERS = {"coordinator", "school-admin", "region-analyst"};
    /** Mentors and mentees in their own accounts: their own pairs at /api/registry/me, nothing else. */
    static final String[] OWN_PARTICIPANTS = {"mentor", "mentee"};

    @Bean
    SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, PlatformSecurityProperties properties) {
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
                        .pathMatchers(HttpMethod.OPTIONS, "/api/index/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/index/**").access(person(properties, INDEX_READERS))
                        .pathMatchers(HttpMethod.HEAD, "/api/index/**").access(person(properties, INDEX_READERS))
                        .pathMatchers("/api/index/**").access(person(properties, INDEX_WRITERS))
                        .pathMatchers("/api/registry/me", "/api/registry/me/**").access(person(properties, OWN_PARTICIPANTS))
                        .pathMatchers(HttpMethod.GET, "/api/**").access(person(properties, READERS))
                        .pathMatchers(HttpMethod.HEAD, "/api/**").access(person(properties, READERS))
                        .pathMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .pathMatchers("/api/**").access(person(properties, WRITERS))
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

    /** One of {@code roles}, and a person's token: never a service's (see {@link #isServiceToken}). */
    static ReactiveAuthorizationManager<AuthorizationContext> person(PlatformSecurityProperties properties, String... roles) {
        AuthorityReactiveAuthorizationManager<AuthorizationContext> byRole = AuthorityReactiveAuthorizationManager.hasAnyRole(roles);
        return (authentication, context) -> authentication
                .flatMap(a -> isServiceToken(a, properties)
                        ? Mono.<AuthorizationResult>just(new AuthorizationDecision(false))
                        : byRole.authorize(Mono.just(a), context))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    /** The role internal-service (as an authority or in the token's claims), or a token issued to a service's client. */
    static boolean isServiceToken(Authentication authentication, PlatformSecurityProperties properties) {
        boolean byAuthority = authentication.getAuthorities().stream()
                .anyMatch(a -> Role.INTERNAL_SERVICE.authority().equals(a.getAuthority()));
        if (byAuthority) {
            return true;
        }
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            return TokenValidation.carriesInternalService(jwt.getClaims()) || properties.isServiceClient(jwt.getClaims().get("azp"));
        }
        return false;
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
     * Same checks as the services (signature, issuer, audience, expiry, lifetime, internal-service);
     * JWKs fetched on first use. Each distinct token's signature is checked once per VerifiedTokens'
     * trust (minutes, never across a change of the realm's key set); its claims on every request.
     */
    @Bean
    ReactiveJwtDecoder gatewayJwtDecoder(Environment environment, VerifiedTokens gatewayVerifiedTokens) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(TokenValidation.jwkSetUri(environment)).build();
        decoder.setJwtValidator(gatewayVerifiedTokens.validator());
        return caching(decoder, gatewayVerifiedTokens);
    }

    @Bean
    VerifiedTokens gatewayVerifiedTokens(Environment environment, PlatformSecurityProperties properties) {
        return TokenValidation.verifiedTokens(environment, properties);
    }

    @Bean(destroyMethod = "close")
    RealmKeySet gatewayRealmKeySet(Environment environment, PlatformSecurityProperties properties, VerifiedTokens tokens) {
        return RealmKeySet.watch(TokenValidation.jwkSetUri(environment), properties.keySetCheckInterval(), tokens);
    }

    static ReactiveJwtDecoder caching(ReactiveJwtDecoder decoder, VerifiedTokens tokens) {
        return token -> Mono.defer(() -> {
            Jwt known = tokens.lookup(token);
            long generation = tokens.generation();
            return known != null ? Mono.just(known) : decoder.decode(token).doOnNext(jwt -> tokens.remember(token, jwt, generation));
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
