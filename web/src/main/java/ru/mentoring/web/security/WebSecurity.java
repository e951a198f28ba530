package ru.mentoring.web.security;

import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import ru.mentoring.web.WebSettings;

/**
 * The web application's own login: a session per browser, established through Keycloak's login page.
 * The gateway lets every page through; protecting pages is this class's job.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class WebSecurity {

    /** The one client registration: Keycloak's realm as seen by the {@code mentoring-web} client. */
    public static final String REGISTRATION = "keycloak";

    static final String LOGIN = "/oauth2/authorization/" + REGISTRATION;

    /** htmx marks its requests with this header; a redirect to Keycloak makes no sense inside a fragment. */
    static final String HX_REQUEST = "HX-Request";

    /**
     * The participant's questionnaire behind a personal link: no account, no session, no cookie. The
     * link's secret token is the only credential, so a cross-site form could do nothing a holder of the
     * link cannot; CSRF protection has nothing to protect here. No referrer leaves the page (the token
     * is in its address), and nothing is cached.
     */
    @Bean
    @Order(1)
    SecurityFilterChain questionnaireChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/q/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                + "frame-ancestors 'none'; form-action 'self'; connect-src 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .cacheControl(cache -> { }))
                .build();
    }

    @Bean
    KeycloakReachability keycloakReachability(WebSettings settings) {
        return new KeycloakReachability(settings.keycloak().internalBase(), Clock.systemUTC());
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurityChain(HttpSecurity http, ClientRegistrationRepository registrations, WebSettings settings,
            KeycloakReachability keycloak) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                "/oauth2/authorization");
        // Keycloak's page in Russian whatever language the browser asks for (the realm's default is ru too)
        resolver.setAuthorizationRequestCustomizer(request -> request.additionalParameters(p -> p.put("ui_locales", "ru")));

        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");

        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        // back to the very address the person was on, without a "?continue" added to it
        cache.setMatchingRequestParameterName(null);
        // remember only pages a person opened, so that after login they land where they were
        cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()) && request.getHeader(HX_REQUEST) == null
                && !request.getRequestURI().startsWith("/error") && !request.getRequestURI().startsWith("/favicon"));

        String keycloakOrigin = origin(settings.keycloak().url());
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                LoginUnavailableController.PATH).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver)
                                .authorizationRedirectStrategy(authorizationRedirects(keycloak)))
                        .userInfoEndpoint(user -> user.userAuthoritiesMapper(realmRoles())))
                .logout(out -> out.logoutSuccessHandler(logout))
                .requestCache(c -> c.requestCache(cache))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint()).accessDeniedHandler(accessDenied()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "frame-ancestors 'none'; form-action 'self' " + keycloakOrigin))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * A page: to Keycloak (the page is remembered). An htmx request: 401 and {@code HX-Redirect} to the
     * page the person is on, so that the whole page goes through the login and comes back.
     */
    static AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN);
        return (request, response, exception) -> {
            if (request.getHeader(HX_REQUEST) != null) {
                response.setHeader("HX-Redirect", samePagePath(request));
                response.setStatus(401);
            } else {
                login.commence(request, response, exception);
            }
        };
    }

    /**
     * Refused. An htmx request refused for its CSRF token (the session it belonged to has expired,
     * so the token is unknown): the whole page again, which leads through the login if need be,
     * rather than a click that silently does nothing.
     */
    static AccessDeniedHandler accessDenied() {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (request.getHeader(HX_REQUEST) != null && exception instanceof CsrfException) {
                response.setHeader("HX-Redirect", samePagePath(request));
                response.setStatus(401);
            } else {
                denied.handle(request, response, exception);
            }
        };
    }

    /**
     * To Keycloak's login. From an htmx request (the session stands but its token can no longer be
     * refreshed) the whole page goes instead: Keycloak's page swapped into a fragment would be useless.
     * While Keycloak does not answer, to a page of ours that says so instead of the browser's error.
     */
    static RedirectStrategy authorizationRedirects(KeycloakReachability keycloak) {
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, url) -> {
            if (request.getHeader(HX_REQUEST) != null) {
                response.setHeader("HX-Redirect", samePagePath(request));
                response.setStatus(401);
            } else if (!keycloak.answers()) {
                redirect.sendRedirect(request, response, LoginUnavailableController.PATH);
            } else {
                redirect.sendRedirect(request, response, url);
            }
        };
    }

    /** The path and query of the page htmx says it is on; only ever a path of this origin. */
    static String samePagePath(HttpServletRequest request) {
        String current = request.getHeader("HX-Current-URL");
        try {
            URI uri = current == null ? null : URI.create(current);
            if (uri != null && uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            }
        } catch (IllegalArgumentException e) {
            // not a URL: go home
        }
        return "/";
    }

    /** The realm roles the {@code mentoring-web} client puts in the ID token's {@code roles} claim, as ROLE_x. */
    static GrantedAuthoritiesMapper realmRoles() {
        return granted -> {
            Set<GrantedAuthority> out = new HashSet<>(granted);
            for (GrantedAuthority authority : granted) {
                if (authority instanceof OidcUserAuthority oidc) {
                    List<String> roles = oidc.getIdToken().getClaimAsStringList("roles");
                    if (roles != null) {
                        roles.forEach(role -> out.add(new SimpleGrantedAuthority("ROLE_" + role)));
                    }
                }
            }
            return out;
        };
    }

    /**
     * Keycloak's endpoints written out rather than discovered, so that this server starts before
     * Keycloak does: the browser goes to {@code url}, this server calls {@code internal-url}.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(WebSettings settings) {
        WebSettings.Keycloak k = settings.keycloak();
        String browser = k.issuer() + "/protocol/openid-connect";
        String server = k.internalBase() + "/protocol/openid-connect";
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientName("Keycloak")
                .clientId(k.clientId())
                .clientSecret(k.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(browser + "/auth")
                .tokenUri(server + "/token")
                .jwkSetUri(server + "/certs")
                .issuerUri(k.issuer())
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", browser + "/logout"))
                // PKCE although the client is confidential: a stolen code is worthless without the verifier
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /** The tokens live in the HTTP session: one browser session, one set of tokens, gone at logout. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
