package ru.mentoring.monitoring.round;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.test.Contracts;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms monitoring copies from the registry match the registry's catalogue (its side of the contract is proven there). */
class MentoringFormContractTest {

    @Test
    void theCopiedFormsHaveTheRegistrysCodesAndLabelsInItsOrder() {
        Map<String, String> copied = new LinkedHashMap<>();
        Arrays.stream(MentoringForm.values()).forEach(form -> copied.put(form.name(), form.label()));
        assertThat(copied).containsExactlyEntriesOf(Contracts.mentoringForms());
    }
}
