package ru.mentoring.registry;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package by feature, without cycles; the matching rule stays plain Java. */
@AnalyzeClasses(packages = "ru.mentoring.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theMatchingRuleIsFreeOfSpringAndJpa = noClasses()
            .that().haveSimpleNameStartingWith("MentorMatcher")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "java.sql..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("ru.mentoring.registry.(*)..").should().beFreeOfCycles();

    /** Consents do not know pairs: withdrawal reaches them through {@code ParticipationEnder}. */
    @ArchTest
    static final ArchRule consentsDoNotDependOnPairs = noClasses().that().resideInAPackage("..registry.consent..")
            .should().dependOnClassesThat().resideInAPackage("..registry.pair..");
}
