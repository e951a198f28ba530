package ru.mentoring.index.methodologyversion;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;

@Service
public class MethodologyVersionService {

    private final StoredMethodologyRepository versions;
    private final JsonMapper json;

    MethodologyVersionService(StoredMethodologyRepository versions, JsonMapper json) {
        this.versions = versions;
        this.json = json;
    }

    public record Put(MethodologyVersionView view, boolean created) {
    }

    /**
     * Stores a new version. The same definition again is a no-op (a retried request must not fail);
     * a different definition under a stored version's name is refused: versions are immutable, so
     * that last year's classification can be recomputed exactly. A change is a new version.
     */
    @Transactional
    Put put(String version, MethodologyRequest request, String username) {
        MethodologyValidator.checkVersion(version);
        MethodologyDefinition definition = MethodologyValidator.validate(request);
        var existing = versions.findById(version);
        if (existing.isPresent()) {
            StoredMethodology stored = existing.get();
            if (parse(stored).equals(definition)) {
                return new Put(MethodologyVersionView.of(stored, definition), false);
            }
            throw DomainRuleException.conflict("version", stored.getFirstUsedAt() != null
                    ? "Версия " + version + " уже использована в классификации и не может быть изменена: сохраните изменения как новую версию"
                    : "Версия " + version + " уже сохранена с другим содержанием: версии методики не изменяются, сохраните новую версию");
        }
        try {
            StoredMethodology stored = versions.saveAndFlush(new StoredMethodology(version, json.writeValueAsString(definition), username));
            return new Put(MethodologyVersionView.of(stored, definition), true);
        } catch (DataIntegrityViolationException e) {
            // another request stored the same version between our read and our insert
            throw DomainRuleException.conflict("version", "Версия " + version + " уже сохранена");
        }
    }

    @Transactional(readOnly = true)
    MethodologyVersionView get(String version) {
        StoredMethodology stored = versions.findById(version).orElseThrow(() -> new NotFoundException("methodology", version));
        return MethodologyVersionView.of(stored, parse(stored));
    }

    @Transactional(readOnly = true)
    List<MethodologyVersionView> list() {
        return versions.findAllByOrderByCreatedAtAscVersionAsc().stream()
                .map(s -> MethodologyVersionView.of(s, parse(s)))
                .toList();
    }

    /** The definition a computation uses; 404 for an unknown version. */
    @Transactional(readOnly = true)
    public MethodologyDefinition definition(String version) {
        return parse(versions.findById(version).orElseThrow(() -> new NotFoundException("methodology", version)));
    }

    /** Records that a classification computed with the version: from now on it is shown as used. */
    @Transactional
    public void markUsed(String version) {
        versions.findById(version).ifPresent(v -> v.markUsed(OffsetDateTime.now()));
    }

    /**
     * The indicator codes a loader accepts: those of the given version, or, with no version named,
     * those of every stored version (a coordinator may load data before choosing the version).
     */
    @Transactional(readOnly = true)
    public Set<String> indicatorCodes(String version) {
        return codes(version, d -> d.indicators().stream().map(MethodologyDefinition.Indicator::code).toList());
    }

    /** The context factor codes a loader accepts, chosen as for {@link #indicatorCodes}. */
    @Transactional(readOnly = true)
    public Set<String> factorCodes(String version) {
        return codes(version, d -> d.contextFactors().stream().map(MethodologyDefinition.ContextFactor::code).toList());
    }

    private Set<String> codes(String version, Function<MethodologyDefinition, List<String>> of) {
        if (version != null && !version.isBlank()) {
            return new LinkedHashSet<>(of.apply(definition(version)));
        }
        List<StoredMethodology> all = versions.findAll();
        if (all.isEmpty()) {
            throw DomainRuleException.unprocessable("methodology",
                    "Не сохранено ни одной версии методики, поэтому неизвестно, какие коды допустимы: "
                            + "сначала сохраните методику (PUT /api/index/methodologies/{версия})");
        }
        Set<String> codes = new LinkedHashSet<>();
        all.forEach(s -> codes.addAll(of.apply(parse(s))));
        return codes;
    }

    private MethodologyDefinition parse(StoredMethodology stored) {
        return json.readValue(stored.getDefinition(), MethodologyDefinition.class);
    }
}
