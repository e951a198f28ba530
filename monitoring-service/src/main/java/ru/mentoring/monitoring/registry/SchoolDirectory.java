package ru.mentoring.monitoring.registry;

import java.util.Optional;

/** Where a school belongs: the registry owns schools, monitoring only asks. */
public interface SchoolDirectory {

    /**
     * The municipality of a registered school; empty when the registry does not know the code.
     *
     * @throws RegistryUnavailableException when the registry cannot be asked
     */
    Optional<String> municipalityOf(String schoolCode);
}
