package ru.mentoring.monitoring;

import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import ru.mentoring.monitoring.registry.SchoolDirectory;

/**
 * The registry as tests see it: a school code {@code <municipality>-<school>} lies in that
 * municipality; a code starting with {@code unknown} is not registered.
 */
@TestConfiguration
public class TestSchools {

    @Bean
    @Primary
    SchoolDirectory testSchoolDirectory() {
        return code -> code.startsWith("unknown") || code.indexOf('-') < 0
                ? Optional.empty()
                : Optional.of(code.substring(0, code.indexOf('-')));
    }
}
