package ru.mentoring.registry.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The participant's e-mail, where Keycloak sends the invitation; the login is the e-mail unless
 * one is given (an account that already exists is found by it).
 */
record AccountRequest(
        @NotBlank(message = "Укажите адрес электронной почты") @Email(message = "Неверный адрес электронной почты")
        @Size(max = 200, message = "Не длиннее 200 символов") String email,
        @Pattern(regexp = "[a-z0-9][a-z0-9._@-]{2,99}", message = "Логин: строчные латинские буквы, цифры, точка, дефис, подчёркивание, @; 3–100 символов")
        String username) {
}
