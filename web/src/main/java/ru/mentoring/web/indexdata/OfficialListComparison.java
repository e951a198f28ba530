package ru.mentoring.web.indexdata;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import ru.mentoring.web.gateway.GatewayClient;
import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.indexdata.IndexDataApi.CohortSchool;
import ru.mentoring.web.indexdata.IndexDataApi.LowResultsComparison;

/**
 * The region's official ШНОР list beside the computed one (the year's latest run), schools by
 * name, within what the person may read. Shown in this section and under the schools' table.
 */
@Component
public class OfficialListComparison {

    private static final ParameterizedTypeReference<List<CohortSchool>> SCHOOLS = new ParameterizedTypeReference<>() {
    };
    private static final Comparator<String> RUSSIAN = Collator.getInstance(Locale.forLanguageTag("ru-RU"))::compare;

    /** Each list is of school names, in Russian alphabetical order. */
    public record Named(int year, List<String> inBoth, List<String> onlyOfficial, List<String> onlyComputed) {

        public boolean agree() {
            return onlyOfficial.isEmpty() && onlyComputed.isEmpty();
        }
    }

    private final GatewayClient gateway;

    OfficialListComparison(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** Empty when the year has no official list or no run yet (the service answers 404 for either). */
    public Optional<Named> of(int year) {
        LowResultsComparison comparison;
        try {
            comparison = gateway.get(LowResultsComparison.class, "/api/index/years/{year}/official-low-results/comparison", year);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        Map<String, String> names = gateway.get(SCHOOLS, "/api/index/schools").stream()
                .collect(Collectors.toMap(CohortSchool::code, CohortSchool::name, (a, b) -> a));
        Function<List<String>, List<String>> named = codes -> codes == null ? List.of()
                // a listed school outside the cohort has no name: its code is then the only way to find it
                : codes.stream().map(c -> names.getOrDefault(c, "школа с кодом " + c + " (нет в когорте)")).sorted(RUSSIAN).toList();
        return Optional.of(new Named(year, named.apply(comparison.inBoth()), named.apply(comparison.onlyOfficial()),
                named.apply(comparison.onlyComputed())));
    }
}
