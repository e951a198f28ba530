package ru.mentoring.index.methodology;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The methodology is plain Java: no Spring, no JPA, no SQL in it. */
class MethodologyHasNoSpringOrJpaTest {

    @Test
    void theMethodologyDependsOnNoFrameworkAndNoDatabase() {
        ArchRule rule = noClasses().that().resideInAPackage("ru.mentoring.index.methodology..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "java.sql..", "javax.sql..");
        rule.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ru.mentoring.index.methodology"));
    }
}
