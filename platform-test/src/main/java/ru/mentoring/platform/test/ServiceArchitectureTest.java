package ru.mentoring.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps: each service's {@code ArchitectureTest} extends this class, names
 * its application and adds the rules of its own (which parts stay plain Java). Its features (the
 * packages under the application's) are Spring Modulith modules that use each other only through
 * their top-level types and have no cycles; each package says what it is for in a
 * {@code package-info.java}; every endpoint names its roles; classes are imported, not written out;
 * a feature's internals are package-private.
 */
public abstract class ServiceArchitectureTest {

    /** What a rule written as plain Java must not touch. */
    public static final String[] FRAMEWORKS = {"org.springframework..", "jakarta.persistence..", "org.hibernate..",
            "java.sql..", "javax.sql.."};

    /** The service's {@code @SpringBootApplication}: its package is the service's. */
    protected abstract Class<?> application();

    @Test
    protected void featuresAreModulesThatUseEachOtherOnlyThroughTheirTopLevelTypes() {
        ApplicationModules.of(application()).verify();
    }

    @Test
    protected void everyPackageSaysWhatItIsFor() {
        List<String> missing = packagesWithoutPackageInfo();
        if (!missing.isEmpty()) {
            throw new AssertionError("Packages without a package-info.java: " + missing);
        }
    }

    @Test
    protected void classesAreImportedNotWrittenOutInFull() {
        List<String> inline = inlineQualifiedNames();
        if (!inline.isEmpty()) {
            throw new AssertionError("Class names written out in the code instead of imported: " + inline);
        }
    }

    @Test
    protected void everyEndpointNamesItsRolesOnItself() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(application().getPackageName());
        endpointsSayWhoMayCallThem().check(main);
        noControllerWideRoles().check(main);
    }

    @Test
    protected void todayIsTheDistrictsNotTheMachines() {
        // the machine runs on UTC: from 21:00 to 24:00 UTC its today is the district's yesterday
        JavaClasses all = new ClassFileImporter().importPackages(application().getPackageName());
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Year.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .because("a day is the district's: take it from the service's Clock or DistrictTime.today()")
                .check(all);
    }

    @Test
    protected void aFeatureShowsOnlyWhatOtherPackagesUse() {
        // main and test classes: a type another package's tests use is part of what its feature offers
        JavaClasses all = new ClassFileImporter().importPackages(application().getPackageName());
        publicTypesAreUsedFromAnotherPackage(application().getPackageName(), all).check(all);
    }

    /**
     * A public top-level type of a feature package (a package right under the service's) is used
     * from another package; one used only inside its own package is package-private, so that a
     * feature's internals cannot be reached from outside it. JPA entities may stay public for the
     * persistence provider.
     */
    static ArchRule publicTypesAreUsedFromAnotherPackage(String servicePackage, JavaClasses all) {
        Set<String> usedFromOutside = typesUsedFromAnotherPackage(all);
        DescribedPredicate<JavaClass> mainCode = DescribedPredicate.describe("main code", type -> type.getSource()
                .map(source -> new ImportOption.DoNotIncludeTests().includes(Location.of(source.getUri())))
                .orElse(false));
        return classes().that().arePublic().and().areTopLevelClasses()
                .and().resideInAPackage(servicePackage + ".*")
                .and().doNotHaveSimpleName("package-info")
                .and().areNotAnnotatedWith("jakarta.persistence.Entity")
                .and(mainCode)
                .should(new ArchCondition<>("be used from another package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!usedFromOutside.contains(type.getName())) {
                            events.add(SimpleConditionEvent.violated(type, type.getName()
                                    + " is public but used only inside its package: make it package-private"));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** The top-level types that a class of another package depends on (directly or on a nested type). */
    private static Set<String> typesUsedFromAnotherPackage(JavaClasses all) {
        Set<String> used = new HashSet<>();
        for (JavaClass origin : all) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().equals(origin.getPackageName())) {
                    used.add(target.getName().replaceFirst("[$\\[].*", ""));
                }
            }
        }
        return used;
    }

    /**
     * Every endpoint says who may call it with its own {@code @PreAuthorize} (on the method, never
     * on the class, so that a reader sees the roles beside the mapping). The one exception is a
     * {@code Public…Controller}, whose paths are open by {@code platform.security.public-paths}.
     */
    static ArchRule endpointsSayWhoMayCallThem() {
        DescribedPredicate<JavaMethod> endpoint = DescribedPredicate.describe("endpoints", method -> Stream.of(
                GetMapping.class, PostMapping.class, PutMapping.class, DeleteMapping.class, PatchMapping.class)
                .anyMatch(method::isAnnotatedWith));
        return methods().that(endpoint)
                .and().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areDeclaredInClassesThat().haveSimpleNameNotStartingWith("Public")
                .should().beAnnotatedWith(PreAuthorize.class);
    }

    /** No controller carries {@code @PreAuthorize} on the class: it goes on each endpoint. */
    static ArchRule noControllerWideRoles() {
        return noClasses().that().areAnnotatedWith(RestController.class).should().beAnnotatedWith(PreAuthorize.class);
    }

    /**
     * The source folders (under {@code src/main/java} of the module the test runs in) that hold
     * classes but no {@code package-info.java}: a reader finds what a package is for in that file.
     */
    static List<String> packagesWithoutPackageInfo() {
        Path sources = Path.of("src", "main", "java");
        try (Stream<Path> folders = Files.walk(sources)) {
            return folders.filter(Files::isDirectory)
                    .filter(ServiceArchitectureTest::holdsClasses)
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                    .map(folder -> sources.relativize(folder).toString().replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comments, text blocks, string and character literals: where a dotted name is not code. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'", Pattern.DOTALL);
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|org|com|tools|ru)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*");

    /**
     * Class names written out in full inside the code of {@code src/main/java} (not in imports,
     * comments or strings), as {@code file: name}: a reader sees a file's dependencies in its imports.
     */
    static List<String> inlineQualifiedNames() {
        Path sources = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> {
                        String code = NOT_CODE.matcher(read(f)).replaceAll(" ")
                                .replaceAll("(?m)^\\s*(import|package)\\s[^;]*;", " ");
                        Matcher names = QUALIFIED_NAME.matcher(code);
                        return names.results().map(r -> sources.relativize(f) + ": " + r.group());
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
