package ru.mentoring.registry;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import ru.mentoring.platform.test.ServiceArchitectureTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The platform's rules for every service (modules, package-info, roles per endpoint), and the registry's own: the matching rule stays plain Java. */
@AnalyzeClasses(packages = "ru.mentoring.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected Class<?> application() {
        return RegistryApplication.class;
    }

    @ArchTest
    static final ArchRule theMatchingRuleIsFreeOfSpringAndJpa = noClasses()
            .that().haveSimpleNameStartingWith("MentorMatcher")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("ru.mentoring.registry.(*)..").should().beFreeOfCycles();

    /** Consents do not know pairs: withdrawal reaches them through {@code ParticipationEnder}. */
    @ArchTest
    static final ArchRule consentsDoNotDependOnPairs = noClasses().that().resideInAPackage("..registry.consent..")
            .should().dependOnClassesThat().resideInAPackage("..registry.pair..");
}
