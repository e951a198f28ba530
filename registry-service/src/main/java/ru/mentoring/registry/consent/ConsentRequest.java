package ru.mentoring.registry.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param givenOn     the date on the signed document
 * @param documentRef where the paper is (number, file, scan reference)
 * @param givenBy     for a student only: the parent or legal representative who signed (ФИО)
 */
record ConsentRequest(
        @NotNull(message = "Укажите дату согласия") LocalDate givenOn,
        @NotBlank(message = "Укажите реквизиты документа (номер, место хранения)") @Size(max = 200, message = "Не длиннее 200 символов") String documentRef,
        @Size(max = 300, message = "Не длиннее 300 символов") String givenBy) {
}
