package ru.mentoring.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every service keeps, checked by each service's {@code ArchitectureTest}: its features
 * (the packages under the application's) form Spring Modulith modules that use each other only
 * through their top-level types and have no cycles; each says what it is for in a
 * {@code package-info.java}; the pure rules stay free of Spring and persistence.
 */
public final class ServiceArchitecture {

    /** What a rule written as plain Java must not touch. */
    public static final String[] FRAMEWORKS = {"org.springframework..", "jakarta.persistence..", "org.hibernate..",
            "java.sql..", "javax.sql.."};

    private ServiceArchitecture() {
    }

    /** Spring Modulith's check: no cycles between features, no feature reaching into another's internals. */
    public static void verifyModules(Class<?> application) {
        ApplicationModules.of(application).verify();
    }

    /** The service's main code as ArchUnit sees it. */
    public static JavaClasses mainClasses(Class<?> application) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(application.getPackageName());
    }

    /** No class in the given packages depends on Spring, JPA, Hibernate or JDBC. */
    public static ArchRule plainJava(String... packages) {
        return noClasses().that().resideInAnyPackage(packages).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);
    }

    /**
     * The source folders (under {@code src/main/java} of the module the test runs in) that hold
     * classes but no {@code package-info.java}: a reader finds what a package is for in that file.
     */
    public static List<String> packagesWithoutPackageInfo() {
        Path sources = Path.of("src", "main", "java");
        try (Stream<Path> folders = Files.walk(sources)) {
            return folders.filter(Files::isDirectory)
                    .filter(ServiceArchitecture::holdsClasses)
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
    public static List<String> inlineQualifiedNames() {
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
