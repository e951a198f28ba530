package ru.mentoring.web.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.gateway.ServiceProblem.FieldProblem;
import ru.mentoring.web.registry.RegistryApi.AdministratorRequest;
import ru.mentoring.web.registry.RegistryApi.ConsentRequest;
import ru.mentoring.web.registry.RegistryApi.Participant;
import ru.mentoring.web.registry.RegistryApi.ParticipantRequest;
import ru.mentoring.web.registry.RegistryApi.SchoolRequest;
import ru.mentoring.web.registry.RegistryApi.WithdrawalRequest;

/**
 * The section's forms exactly as typed (every field a string), so that a refused form comes back
 * with what the person wrote. The rules are the registry's; here only what cannot even be sent
 * (letters in a number, a date that is no date) is answered, in the same problem shape.
 */
public final class Forms {

    private Forms() {
    }

    public record ParticipantForm(String schoolCode, String externalKey, String kind, String lastName, String firstName,
            String middleName, String subjects, String experienceYears, String qualificationCategory, String grade) {

        static ParticipantForm empty(String schoolCode) {
            return new ParticipantForm(schoolCode, null, null, null, null, null, null, null, null, null);
        }

        static ParticipantForm of(Participant p) {
            return new ParticipantForm(p.schoolCode(), p.externalKey(), p.kind(), p.lastName(), p.firstName(), p.middleName(),
                    p.subjects(), p.experienceYears() == null ? null : p.experienceYears().toString(),
                    p.qualificationCategory(), p.grade() == null ? null : p.grade().toString());
        }

        /** The request to send; {@link Unsendable} when a number is not a number. */
        ParticipantRequest toRequest() {
            Checks checks = new Checks();
            Integer experience = checks.integer("experienceYears", experienceYears, "Стаж — целое число лет");
            Integer grade = checks.integer("grade", this.grade, "Класс — число от 1 до 11");
            checks.throwIfAny();
            return new ParticipantRequest(trim(externalKey), trim(kind), trim(lastName), trim(firstName), trim(middleName),
                    trim(subjects), experience, trim(qualificationCategory), grade);
        }
    }

    public record ConsentForm(String givenOn, String documentRef, String givenBy) {

        static ConsentForm empty() {
            return new ConsentForm(null, null, null);
        }

        ConsentRequest toRequest() {
            Checks checks = new Checks();
            LocalDate date = checks.date("givenOn", givenOn);
            checks.throwIfAny();
            return new ConsentRequest(date, trim(documentRef), trim(givenBy));
        }
    }

    public record WithdrawalForm(String withdrawnOn, String reason) {

        static WithdrawalForm empty() {
            return new WithdrawalForm(null, null);
        }

        WithdrawalRequest toRequest() {
            Checks checks = new Checks();
            LocalDate date = checks.date("withdrawnOn", withdrawnOn);
            checks.throwIfAny();
            return new WithdrawalRequest(date, trim(reason));
        }
    }

    /** An unticked box is not sent at all: null is "no". */
    public record SchoolForm(String code, String fullName, String shortName, String kind, Boolean advancedLevel, Boolean rural) {

        static SchoolForm empty() {
            return new SchoolForm(null, null, null, null, false, false);
        }

        /** A school is registered in the coordinator's own municipality. */
        SchoolRequest toRequest(String municipalityCode) {
            return new SchoolRequest(trim(code), trim(fullName), trim(shortName), trim(kind), Boolean.TRUE.equals(advancedLevel),
                    Boolean.TRUE.equals(rural), municipalityCode);
        }
    }

    public record AdministratorForm(String username, String email, String firstName, String lastName) {

        static AdministratorForm empty() {
            return new AdministratorForm(null, null, null, null);
        }

        AdministratorRequest toRequest() {
            return new AdministratorRequest(trim(username), trim(email), trim(firstName), trim(lastName));
        }
    }

    /** A form that cannot be sent as typed; its problem is shown like a service's. */
    static final class Unsendable extends RuntimeException {

        private final transient ServiceProblem problem;

        Unsendable(ServiceProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        ServiceProblem problem() {
            return problem;
        }
    }

    private static final class Checks {

        private final List<FieldProblem> errors = new ArrayList<>();

        Integer integer(String field, String text, String reason) {
            String t = trim(text);
            if (t == null) {
                return null;
            }
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                errors.add(new FieldProblem(field, null, reason));
                return null;
            }
        }

        /** A date as the browser's date field sends it (2026-12-02) or as typed by hand (02.12.2026). */
        LocalDate date(String field, String text) {
            String t = trim(text);
            if (t == null) {
                return null; // the service says the date is required, in its words
            }
            try {
                return t.contains(".") ? LocalDate.parse(t, java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu"))
                        : LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                errors.add(new FieldProblem(field, null, "Укажите дату в виде ДД.ММ.ГГГГ"));
                return null;
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new Unsendable(new ServiceProblem(400, null, "Проверьте выделенные поля.", errors));
            }
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
