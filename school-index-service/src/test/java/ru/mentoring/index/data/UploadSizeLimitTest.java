package ru.mentoring.index.data;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.index.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;

/** A 1 KB limit stands in for the real 200 MB one (its own context: the property differs). */
@SpringBootTest(properties = "platform.upload.max-size=1KB")
@AutoConfigureMockMvc
class UploadSizeLimitTest {

    private final MockMvc mvc;

    UploadSizeLimitTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
        mvc.perform(put("/api/index/methodologies/ul-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.methodology(List.of("ul-ege"), List.of("ul-low"))))
                .andExpect(status().is2xxSuccessful());
        StringBuilder csv = new StringBuilder("school_code,year,indicator_code,value\n");
        while (csv.length() <= 1024) {
            csv.append("ul-s1,2050,ul-ege,1\n");
        }
        mvc.perform(post("/api/index/years/2050/indicator-values").with(regionAnalyst())
                        .contentType("text/csv").content(csv.toString()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("1 КБ")));
    }
}
