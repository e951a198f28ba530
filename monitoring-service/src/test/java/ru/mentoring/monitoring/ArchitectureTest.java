package ru.mentoring.monitoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.test.ServiceArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features are modules that others use only through their top-level types, without cycles; the rules
 * of questionnaires and the monitoring's arithmetic stay plain Java, so they can be read and tested
 * without a container.
 */
@AnalyzeClasses(packages = "ru.mentoring.monitoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @Test
    void featuresAreModulesThatUseEachOtherOnlyThroughTheirTopLevelTypes() {
        ServiceArchitecture.verifyModules(MonitoringApplication.class);
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
    static final ArchRule answerRulesAreFreeOfSpringAndJpa = noClasses()
            .that().haveNameMatching(".*\\.AnswerValidation.*").or().haveSimpleName("PersonalLinkTokens")
            .should().dependOnClassesThat().resideInAnyPackage(ServiceArchitecture.FRAMEWORKS);

    @ArchTest
    static final ArchRule questionnairesDoNotDependOnRoundsOrAnswers = noClasses()
            .that().resideInAPackage("..monitoring.questionnaire..")
            .should().dependOnClassesThat().resideInAnyPackage("..monitoring.round..", "..monitoring.answer..");

    @ArchTest
    static final ArchRule roundsDoNotDependOnAnswers = noClasses()
            .that().resideInAPackage("..monitoring.round..")
            .should().dependOnClassesThat().resideInAPackage("..monitoring.answer..");

    /** The arithmetic of the monitoring (statistics, targets, grouping, dates, the note's wording) is plain Java. */
    @ArchTest
    static final ArchRule monitoringArithmeticIsFreeOfSpringAndJpa = noClasses()
            .that().resideInAPackage("..monitoring.stats..")
            .or().haveSimpleName("TargetCalculator").or().haveSimpleName("SimilarEntries")
            .or().haveSimpleName("PlanCalendar").or().haveSimpleName("InformationNote")
            .or().haveSimpleName("CompetencyImport")
            .should().dependOnClassesThat().resideInAnyPackage(ServiceArchitecture.FRAMEWORKS);

    /** Aggregates are read through a scope: the controllers never reach the database on their own. */
    @ArchTest
    static final ArchRule controllersDoNotTouchJdbc = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..");
}
