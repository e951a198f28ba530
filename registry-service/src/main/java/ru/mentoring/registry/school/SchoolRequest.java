package ru.mentoring.registry.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SchoolRequest(
        @NotBlank(message = "Укажите код школы")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "Код школы: строчные латинские буквы, цифры и дефис, 2–63 символа")
        String code,
        @NotBlank(message = "Укажите полное наименование") @Size(max = 500, message = "Не длиннее 500 символов") String fullName,
        @NotBlank(message = "Укажите краткое наименование") @Size(max = 200, message = "Не длиннее 200 символов") String shortName,
        @NotNull(message = "Укажите вид ОО") SchoolKind kind,
        boolean advancedLevel,
        boolean rural,
        @NotBlank(message = "Укажите муниципалитет") String municipalityCode) {
}
