package ru.mentoring.registry.school;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A school administrator (куратор программы наставничества) to create in Keycloak, or an existing user to appoint. */
record AdministratorRequest(
        @NotBlank(message = "Укажите логин")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "Логин: строчные латинские буквы, цифры, точка, дефис, подчёркивание; 3–100 символов")
        String username,
        @NotBlank(message = "Укажите адрес электронной почты") @Email(message = "Неверный адрес электронной почты") @Size(max = 200, message = "Не длиннее 200 символов") String email,
        @NotBlank(message = "Укажите имя") @Size(max = 100, message = "Не длиннее 100 символов") String firstName,
        @NotBlank(message = "Укажите фамилию") @Size(max = 100, message = "Не длиннее 100 символов") String lastName) {
}
