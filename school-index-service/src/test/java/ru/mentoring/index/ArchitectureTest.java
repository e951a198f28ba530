package ru.mentoring.index;

import org.junit.jupiter.api.Test;

import ru.mentoring.platform.test.ServiceArchitecture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features are modules that others use only through their top-level types, without cycles. The
 * methodology's own purity (no Spring, no persistence) is {@code MethodologyHasNoSpringOrJpaTest}.
 */
class ArchitectureTest {

    @Test
    void featuresAreModulesThatUseEachOtherOnlyThroughTheirTopLevelTypes() {
        ServiceArchitecture.verifyModules(SchoolIndexApplication.class);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        assertThat(ServiceArchitecture.packagesWithoutPackageInfo()).isEmpty();
    }

    @Test
    void classesAreImportedNotWrittenOutInFull() {
        assertThat(ServiceArchitecture.inlineQualifiedNames()).isEmpty();
    }
}
