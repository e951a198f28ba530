package ru.mentoring.index.methodology;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusRuleTest {

    @Test
    void everyStatusHasExactlyOneRuleInTheStatusesOrder() {
        assertThat(Arrays.stream(StatusRule.values()).map(StatusRule::status))
                .containsExactly(SchoolStatus.values());
    }
}
