package ru.mentoring.index.methodology;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The methodology is pure computation: no framework, persistence or JDBC may leak into it. */
class MethodologyHasNoSpringOrJpaTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.mentoring.index.methodology");

    @Test
    void methodologyDoesNotDependOnSpringJpaHibernateOrJdbc() {
        noClasses().that().resideInAPackage("ru.mentoring.index.methodology..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "org.hibernate..", "java.sql..",
                        "javax.sql..")
                .check(LIBRARY);
    }

    @Test
    void methodologyDependsOnlyOnTheJdkAndCommonsMath() {
        classes().that().resideInAPackage("ru.mentoring.index.methodology..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "ru.mentoring.index.methodology..", "java..", "org.apache.commons.math3..")
                .check(LIBRARY);
    }
}
