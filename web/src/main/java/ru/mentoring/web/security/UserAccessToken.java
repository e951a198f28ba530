package ru.mentoring.web.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in user's access token for a call to the gateway, refreshed when it is about to
 * expire. When it can no longer be refreshed (the Keycloak session ended) the person is sent to
 * the login page and brought back to the page they were on.
 */
@Component
public class UserAccessToken {

    private final OAuth2AuthorizedClientManager manager;

    public UserAccessToken(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository clients) {
        OAuth2AuthorizedClientProvider provider = OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                // refresh a little early, so that the token does not expire between here and the service
                .refreshToken(refresh -> refresh.clockSkew(Duration.ofSeconds(30)))
                .build();
        DefaultOAuth2AuthorizedClientManager m = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        m.setAuthorizedClientProvider(provider);
        this.manager = m;
    }

    /** The token's value; throws {@link ClientAuthorizationRequiredException} when the person must log in again. */
    public String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(WebSecurity.REGISTRATION)
                .principal(authentication)
                .attribute(HttpServletRequest.class.getName(), attributes.getRequest())
                .attribute(HttpServletResponse.class.getName(), attributes.getResponse())
                .build();
        OAuth2AuthorizedClient client;
        try {
            client = manager.authorize(request);
        } catch (ClientAuthorizationException e) {
            // refresh refused (session ended in Keycloak): the manager has dropped the tokens; log in again
            throw new ClientAuthorizationRequiredException(WebSecurity.REGISTRATION);
        }
        if (client == null) {
            throw new ClientAuthorizationRequiredException(WebSecurity.REGISTRATION);
        }
        return client.getAccessToken().getTokenValue();
    }
}
