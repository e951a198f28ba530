package ru.mentoring.monitoring.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A programme year (учебный год, by the year it starts): 2000 to 2100; {@code null} is left to {@code @NotNull}. */
@Min(2000)
@Max(2100)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
public @interface ProgrammeYear {

    String message() default "Год программы от 2000 до 2100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
