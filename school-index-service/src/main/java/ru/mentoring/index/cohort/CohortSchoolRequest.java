package ru.mentoring.index.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param source REGISTRY when absent: this call is how the registry makes its schools known
 */
record CohortSchoolRequest(
        @NotBlank(message = "Укажите наименование школы") @Size(max = 500, message = "Не длиннее 500 символов") String name,
        @NotBlank(message = "Укажите муниципалитет")
        @Pattern(regexp = CohortSchoolService.CODE_PATTERN, message = "Код муниципалитета: латинские буквы, цифры, точка, дефис, подчёркивание; до 64 символов")
        String municipalityCode,
        boolean advancedLevel,
        SchoolSource source) {
}
