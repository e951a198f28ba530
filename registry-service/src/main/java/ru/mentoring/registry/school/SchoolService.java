package ru.mentoring.registry.school;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;

@Service
public class SchoolService {

    private final SchoolRepository schools;
    private final Counter registered;

    public SchoolService(SchoolRepository schools, MeterRegistry meters) {
        this.schools = schools;
        this.registered = Counter.builder("registry.schools.registered")
                .description("Schools registered by coordinators").register(meters);
    }

    /** The schools the caller may see: their own school, or every school of their municipality. */
    @Transactional(readOnly = true)
    public List<School> visibleTo(CallerIdentity caller) {
        if (caller.isInternalService()) {
            return schools.findAllByOrderByCode();
        }
        if (caller.isCoordinator() || caller.isDepartmentViewer()) {
            return caller.municipality() == null ? List.of() : schools.findByMunicipalityCodeOrderByCode(caller.municipality());
        }
        if (caller.schoolCode() == null) {
            return List.of();
        }
        return schools.findById(caller.schoolCode()).stream().toList();
    }

    /** A school the caller may read; anything else is "not found", whether it exists or not. */
    @Transactional(readOnly = true)
    public School readable(CallerIdentity caller, String code) {
        return schools.findById(code)
                .filter(s -> caller.canReadSchool(s.getCode(), s.getMunicipalityCode()))
                .orElseThrow(() -> new NotFoundException("school", code));
    }

    /** A school the caller may change (a department viewer never may). */
    @Transactional(readOnly = true)
    public School writable(CallerIdentity caller, String code) {
        School school = readable(caller, code);
        if (!caller.canWriteSchool(school.getCode(), school.getMunicipalityCode())) {
            throw new AccessDeniedException("read-only access to school " + code);
        }
        return school;
    }

    @Transactional
    public School register(CallerIdentity caller, SchoolRequest request) {
        if (!caller.isCoordinator() || !request.municipalityCode().equals(caller.municipality())) {
            throw new AccessDeniedException("a coordinator registers schools of their own municipality");
        }
        if (schools.existsById(request.code())) {
            throw DomainRuleException.conflict("code", "Школа с кодом " + request.code() + " уже зарегистрирована");
        }
        School school = schools.save(new School(request.code(), request.fullName(), request.shortName(), request.kind(),
                request.advancedLevel(), request.rural(), request.municipalityCode()));
        registered.increment();
        return school;
    }
}
