package ru.mentoring.monitoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of questionnaires stay plain Java, so they can be read and tested without a container. */
@AnalyzeClasses(packages = "ru.mentoring.monitoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule answerRulesAreFreeOfSpringAndJpa = noClasses()
            .that().haveNameMatching(".*\\.AnswerValidation.*").or().haveSimpleName("PersonalLinkTokens")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");

    @ArchTest
    static final ArchRule questionnairesDoNotDependOnRoundsOrAnswers = noClasses()
            .that().resideInAPackage("..monitoring.questionnaire..")
            .should().dependOnClassesThat().resideInAnyPackage("..monitoring.round..", "..monitoring.answer..");

    @ArchTest
    static final ArchRule roundsDoNotDependOnAnswers = noClasses()
            .that().resideInAPackage("..monitoring.round..")
            .should().dependOnClassesThat().resideInAPackage("..monitoring.answer..");
}
