package ru.mentoring.registry;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.test.ServiceArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package by feature, each a module that others use only through its top-level types, without cycles; the matching rule stays plain Java. */
@AnalyzeClasses(packages = "ru.mentoring.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @Test
    void featuresAreModulesThatUseEachOtherOnlyThroughTheirTopLevelTypes() {
        ServiceArchitecture.verifyModules(RegistryApplication.class);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        assertThat(ServiceArchitecture.packagesWithoutPackageInfo()).isEmpty();
    }

    @Test
    void classesAreImportedNotWrittenOutInFull() {
        assertThat(ServiceArchitecture.inlineQualifiedNames()).isEmpty();
    }

    @ArchTest
    static final ArchRule theMatchingRuleIsFreeOfSpringAndJpa = noClasses()
            .that().haveSimpleNameStartingWith("MentorMatcher")
            .should().dependOnClassesThat().resideInAnyPackage(ServiceArchitecture.FRAMEWORKS);

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("ru.mentoring.registry.(*)..").should().beFreeOfCycles();

    /** Consents do not know pairs: withdrawal reaches them through {@code ParticipationEnder}. */
    @ArchTest
    static final ArchRule consentsDoNotDependOnPairs = noClasses().that().resideInAPackage("..registry.consent..")
            .should().dependOnClassesThat().resideInAPackage("..registry.pair..");
}
