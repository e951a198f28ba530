package ru.mentoring.platform.web;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DatabaseOutageProblemTest {

    @RestController
    static class Schools {

        @GetMapping("/api/schools")
        String schools() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms."));
        }

        @GetMapping("/api/organizations")
        String organizations() {
            // what Spring's client credentials manager throws when Keycloak refuses the connection
            throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
                    "An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response", null),
                    new ResourceAccessException("I/O error on POST request", new ConnectException("Connection refused")));
        }

        @GetMapping("/api/broken")
        String broken() {
            throw new IllegalStateException("a bug");
        }
    }

    @RestControllerAdvice
    static class Advice extends PlatformExceptionHandler {
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Schools()).setControllerAdvice(new Advice()).build();

    @Test
    void aRequestWhileTheDatabaseIsDownIsAnswered503InRussianWithRetryAfter() throws Exception {
        mvc.perform(get("/api/schools"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value(
                        "База данных временно недоступна, запрос не выполнен. Повторите попытку через несколько секунд."))
                .andExpect(jsonPath("$.instance").value("/api/schools"));
    }

    @Test
    void aServiceTokenKeycloakCouldNotGiveIs503SayingKeycloakNotTheDatabase() throws Exception {
        mvc.perform(get("/api/organizations"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.detail").value("Сервер авторизации (Keycloak) временно недоступен, запрос не выполнен."
                        + " Повторите попытку через несколько минут."));
    }

    @Test
    void anyOtherUnexpectedFailureIsStill500() throws Exception {
        mvc.perform(get("/api/broken"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value("Внутренняя ошибка. Сообщите администратору идентификатор запроса."));
    }
}
