package ru.mentoring.web;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the web application finds Keycloak and the gateway, and the names it shows for
 * municipality codes (the services know municipalities by code only).
 *
 * @param keycloak       the same {@code platform.keycloak.*} properties the services read
 * @param gateway        the gateway as this server reaches it (the services' API)
 * @param municipalities municipality code to its name, e.g. {@code millerovo: Миллеровский район}
 */
@ConfigurationProperties("platform")
public record WebSettings(Keycloak keycloak, Gateway gateway, Map<String, String> municipalities) {

    public WebSettings {
        keycloak = keycloak == null ? new Keycloak(null, null, null, null, null) : keycloak;
        gateway = gateway == null ? new Gateway(null) : gateway;
        municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
    }

    /**
     * @param url          Keycloak as the browser reaches it and as the tokens name it (the issuer's base)
     * @param internalUrl  Keycloak as this server reaches it (token, keys, user info), when it differs
     * @param clientSecret the confidential client's secret, given per deployment (never in the realm file)
     */
    public record Keycloak(String url, String internalUrl, String realm, String clientId, String clientSecret) {

        public Keycloak {
            url = url == null || url.isBlank() ? "http://localhost:8180" : strip(url);
            internalUrl = internalUrl == null || internalUrl.isBlank() ? url : strip(internalUrl);
            realm = realm == null || realm.isBlank() ? "mentoring" : realm;
            clientId = clientId == null || clientId.isBlank() ? "mentoring-web" : clientId;
        }

        public String issuer() {
            return url + "/realms/" + realm;
        }

        public String internalBase() {
            return internalUrl + "/realms/" + realm;
        }
    }

    /** @param url the gateway's base URL, e.g. {@code http://localhost:8080} */
    public record Gateway(@DefaultValue("http://localhost:8080") URI url) {

        public Gateway {
            url = url == null ? URI.create("http://localhost:8080") : url;
        }
    }

    /** The municipality's name, or null when this deployment does not know it (never the code on screen). */
    public String municipalityName(String code) {
        return code == null ? null : municipalities.get(code);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
