package ru.mentoring.index;

import ru.mentoring.platform.test.ServiceArchitectureTest;

/**
 * The platform's rules for every service (modules, package-info, roles per endpoint). The
 * methodology's own purity (no Spring, no persistence) is {@code MethodologyHasNoSpringOrJpaTest}.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected Class<?> application() {
        return SchoolIndexApplication.class;
    }
}
