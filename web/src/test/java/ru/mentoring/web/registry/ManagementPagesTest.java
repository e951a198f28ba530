package ru.mentoring.web.registry;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.web.TestLogins.as;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.registry.RegistryApi.School;
import ru.mentoring.web.schools.LowResultsSchools;

/** The management teams' page marks the ШНОР schools, and says so when it cannot. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class ManagementPagesTest {

    private static final School SOSH_2 = new School("mil-sosh-2", "Полное имя №2", "МБОУ СОШ №2", "SOSH", false, false, "millerovo");
    private static final School SOSH_4 = new School("mil-sosh-4", "Полное имя №4", "МБОУ СОШ №4", "SOSH", false, true, "millerovo");

    private final MockMvc mvc;

    @MockitoBean
    RegistryService registry;

    @MockitoBean
    GatewayClient gateway;

    @MockitoBean
    LowResultsSchools lowResults;

    ManagementPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void schools() {
        when(registry.schools()).thenReturn(List.of(SOSH_2, SOSH_4));
        when(gateway.get(any(ParameterizedTypeReference.class), eq("/api/registry/management/overview"))).thenReturn(List.of(
                new RegistryManagementController.Counts("mil-sosh-2", "МБОУ СОШ №2", 0, 0),
                new RegistryManagementController.Counts("mil-sosh-4", "МБОУ СОШ №4", 3, 1)));
    }

    @Test
    void theCoordinatorsTableMarksTheSchoolsTheLatestClassificationFindsShnor() throws Exception {
        when(lowResults.latest()).thenReturn(new LowResultsSchools.Marks(2025, Set.of("mil-sosh-4"), false));
        mvc.perform(get("/registry/management").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*отметка\\s+«ШНОР» — по классификации <span>2025</span> года.*"),
                        matchesPattern("(?s).*data-school=\"mil-sosh-4\">((?!</tr>).)*<span class=\"badge risk\"[^>]*>ШНОР</span>.*"),
                        matchesPattern("(?s).*data-school=\"mil-sosh-2\">((?!</tr>).)*<span class=\"muted\">не ШНОР</span>.*"),
                        containsString("<option value=\"mil-sosh-4\">МБОУ СОШ №4 (ШНОР)</option>"),
                        containsString("<option value=\"mil-sosh-2\">МБОУ СОШ №2</option>"))));
    }

    @Test
    void withoutTheIndexThePageSaysTheMarksAreMissingRatherThanMarkingNone() throws Exception {
        when(lowResults.latest()).thenReturn(new LowResultsSchools.Marks(null, Set.of(), true));
        mvc.perform(get("/registry/management").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(matchesPattern("(?s).*статусы\\s+школ сейчас недоступны.*"),
                        not(containsString("по классификации")), not(containsString("badge risk")))));
    }
}
