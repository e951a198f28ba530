package ru.mentoring.monitoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import ru.mentoring.platform.test.ServiceArchitectureTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The platform's rules for every service (modules, package-info, roles per endpoint), and
 * monitoring's own: the rules of questionnaires and the monitoring's arithmetic stay plain Java, so
 * they can be read and tested without a container.
 */
@AnalyzeClasses(packages = "ru.mentoring.monitoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected Class<?> application() {
        return MonitoringApplication.class;
    }

    @ArchTest
    static final ArchRule answerRulesAreFreeOfSpringAndJpa = noClasses()
            .that().haveNameMatching(".*\\.AnswerValidation.*").or().haveSimpleName("PersonalLinkTokens")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

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
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    /** Aggregates are read through a scope: the controllers never reach the database on their own. */
    @ArchTest
    static final ArchRule controllersDoNotTouchJdbc = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..");
}
