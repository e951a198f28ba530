package ru.mentoring.index.methodologyversion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import ru.mentoring.index.methodologyversion.MethodologyDefinition.Boundaries;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.Cohort;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.CohortChoice;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.ContextFactor;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.Indicator;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.IsbshMode;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.Source;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.Thresholds;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.YearBoundaries;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;

/** Checks a whole methodology at once and names every bad field, so one round trip fixes them all. */
final class MethodologyValidator {

    /** Indicator and factor codes travel in CSV files and in COPY's text format: keep them plain. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<Violation> violations = new ArrayList<>();

    private MethodologyValidator() {
    }

    static void checkVersion(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw DomainRuleException.unprocessable("version",
                    "Версия методики: латинские буквы, цифры, точка, дефис, подчёркивание; до 64 символов");
        }
    }

    static MethodologyDefinition validate(MethodologyRequest request) {
        MethodologyValidator v = new MethodologyValidator();
        MethodologyDefinition definition = v.check(request);
        if (!v.violations.isEmpty()) {
            throw new DomainRuleException(422, "Методика не сохранена: " + v.violations.getFirst().reason()
                    + (v.violations.size() > 1 ? " (и ещё ошибок: " + (v.violations.size() - 1) + ")" : ""), v.violations);
        }
        return definition;
    }

    private MethodologyDefinition check(MethodologyRequest r) {
        IsbshMode mode = isbshMode(r.isbshMode());
        List<Indicator> indicators = indicators(r.indicators());
        List<ContextFactor> factors = factors(r.contextFactors(), mode);
        Thresholds thresholds = thresholds(r.thresholds());
        Cohort cohort = cohort(r.cohort());
        return new MethodologyDefinition(indicators, factors, mode, thresholds, cohort);
    }

    private IsbshMode isbshMode(String mode) {
        if (mode == null || mode.isBlank()) {
            reject("isbshMode", "Укажите режим ИСБШ: FIXED_WEIGHTS или REGRESSION");
            return null;
        }
        try {
            return IsbshMode.valueOf(mode.strip());
        } catch (IllegalArgumentException e) {
            reject("isbshMode", "Неизвестный режим ИСБШ «" + mode + "»: ожидается FIXED_WEIGHTS или REGRESSION");
            return null;
        }
    }

    private List<Indicator> indicators(List<MethodologyRequest.Indicator> given) {
        if (given == null || given.isEmpty()) {
            reject("indicators", "Укажите хотя бы один показатель");
            return List.of();
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        double totalWeight = 0;
        boolean weightsReadable = true;
        for (int i = 0; i < given.size(); i++) {
            MethodologyRequest.Indicator in = given.get(i);
            String at = "indicators[" + i + "]";
            if (in == null) {
                reject(at, "Пустое описание показателя");
                weightsReadable = false;
                continue;
            }
            String code = code(at, in.code(), codes, "показателя");
            String name = name(at, in.name(), "показателя");
            Source source = null;
            if (in.source() == null || in.source().isBlank()) {
                reject(at + ".source", "Укажите источник показателя: GIA, VPR или OTHER");
            } else {
                try {
                    source = Source.valueOf(in.source().strip());
                } catch (IllegalArgumentException e) {
                    reject(at + ".source", "Неизвестный источник «" + in.source() + "»: ожидается GIA, VPR или OTHER");
                }
            }
            if (in.direction() == null || (in.direction() != 1 && in.direction() != -1)) {
                reject(at + ".direction", "Направление показателя: 1 (чем больше, тем лучше) или -1 (чем меньше, тем лучше)");
            }
            Double weight = in.weight();
            if (weight == null || !Double.isFinite(weight)) {
                reject(at + ".weight", "Укажите вес показателя (число не меньше 0)");
                weightsReadable = false;
            } else if (weight < 0) {
                reject(at + ".weight", "Вес показателя не может быть отрицательным: " + weight);
                weightsReadable = false;
            } else {
                totalWeight += weight;
            }
            if (code != null && name != null && source != null && in.direction() != null && weight != null) {
                indicators.add(new Indicator(code, name, source, in.direction(), weight));
            }
        }
        if (weightsReadable && totalWeight == 0) {
            reject("indicators", "Все веса показателей равны нулю: ИОР не определён");
        }
        return List.copyOf(indicators);
    }

    private List<ContextFactor> factors(List<MethodologyRequest.ContextFactor> given, IsbshMode mode) {
        if (given == null || given.isEmpty()) {
            // a methodology of results only: ИОР and its statuses, no ИСБШ (as the computation allows)
            return List.of();
        }
        List<ContextFactor> factors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean anyNonZero = false;
        for (int i = 0; i < given.size(); i++) {
            MethodologyRequest.ContextFactor in = given.get(i);
            String at = "contextFactors[" + i + "]";
            if (in == null) {
                reject(at, "Пустое описание фактора");
                continue;
            }
            String code = code(at, in.code(), codes, "фактора");
            String name = name(at, in.name(), "фактора");
            Double weight = null;
            if (mode == IsbshMode.FIXED_WEIGHTS) {
                if (in.weight() == null || !Double.isFinite(in.weight())) {
                    reject(at + ".weight", "В режиме FIXED_WEIGHTS укажите вес фактора (может быть отрицательным)");
                } else {
                    weight = in.weight();
                    anyNonZero |= weight != 0;
                }
            }
            // in REGRESSION mode a given weight is dropped: the weights are fitted on the cohort
            if (code != null && name != null) {
                factors.add(new ContextFactor(code, name, weight));
            }
        }
        if (mode == IsbshMode.FIXED_WEIGHTS && !anyNonZero && factors.size() == given.size()) {
            reject("contextFactors", "Все веса факторов равны нулю: ИСБШ не определён");
        }
        return List.copyOf(factors);
    }

    private Thresholds thresholds(MethodologyRequest.Thresholds given) {
        Thresholds d = Thresholds.DEFAULT;
        if (given == null) {
            return d;
        }
        double alpha = given.alpha() == null ? d.alpha() : given.alpha();
        double gap = given.unstableGap() == null ? d.unstableGap() : given.unstableGap();
        double ratio = given.giaVprRatio() == null ? d.giaVprRatio() : given.giaVprRatio();
        if (!(alpha > 0 && alpha < 1)) {
            reject("thresholds.alpha", "Уровень значимости должен быть больше 0 и меньше 1");
        }
        if (!(gap >= 0 && gap < 1)) {
            reject("thresholds.unstableGap", "Порог нестабильности результатов: от 0 до 1");
        }
        if (!(ratio >= 1 && Double.isFinite(ratio))) {
            reject("thresholds.giaVprRatio", "Порог расхождения ГИА и ВПР: число не меньше 1");
        }
        return new Thresholds(alpha, gap, ratio);
    }

    private Cohort cohort(MethodologyRequest.Cohort given) {
        if (given == null || given.choice() == null || given.choice().isBlank()) {
            if (given != null && given.boundaries() != null && !given.boundaries().isEmpty()) {
                reject("cohort.choice", "Границы квартилей заданы, но не выбран режим FIXED_BOUNDARIES");
            }
            return new Cohort(CohortChoice.ALL_LOADED, new TreeMap<>());
        }
        CohortChoice choice;
        try {
            choice = CohortChoice.valueOf(given.choice().strip());
        } catch (IllegalArgumentException e) {
            reject("cohort.choice", "Неизвестный выбор когорты «" + given.choice() + "»: ожидается ALL_LOADED или FIXED_BOUNDARIES");
            return new Cohort(CohortChoice.ALL_LOADED, new TreeMap<>());
        }
        TreeMap<Integer, YearBoundaries> byYear = new TreeMap<>();
        Map<String, MethodologyRequest.YearBoundaries> boundaries = given.boundaries() == null ? Map.of() : given.boundaries();
        if (choice == CohortChoice.ALL_LOADED) {
            if (!boundaries.isEmpty()) {
                reject("cohort.boundaries", "Границы квартилей задаются только в режиме FIXED_BOUNDARIES");
            }
            return new Cohort(choice, byYear);
        }
        if (boundaries.isEmpty()) {
            reject("cohort.boundaries", "В режиме FIXED_BOUNDARIES укажите опубликованные границы квартилей по годам");
        }
        for (Map.Entry<String, MethodologyRequest.YearBoundaries> entry : boundaries.entrySet()) {
            String at = "cohort.boundaries." + entry.getKey();
            Integer year = year(entry.getKey());
            if (year == null) {
                reject(at, "Ключ границ — год (например, 2024), а не «" + entry.getKey() + "»");
                continue;
            }
            MethodologyRequest.YearBoundaries yb = entry.getValue();
            Boundaries ior = boundaries(at + ".ior", yb == null ? null : yb.ior());
            // ИСБШ boundaries may be absent for a past year that only feeds the three-year rules
            Boundaries isbsh = yb == null || yb.isbsh() == null ? null : boundaries(at + ".isbsh", yb.isbsh());
            if (ior != null && (isbsh != null || yb.isbsh() == null)) {
                byYear.put(year, new YearBoundaries(ior, isbsh));
            }
        }
        return new Cohort(choice, byYear);
    }

    private Boundaries boundaries(String at, MethodologyRequest.Boundaries b) {
        if (b == null || b.p25() == null || b.p50() == null || b.p75() == null) {
            reject(at, "Укажите границы P25, P50 и P75");
            return null;
        }
        if (!(b.p25() <= b.p50() && b.p50() <= b.p75())) {
            reject(at, "Границы должны идти по возрастанию: P25 ≤ P50 ≤ P75");
            return null;
        }
        if (b.p25() < 0 || b.p75() > 1) {
            reject(at, "Границы индекса лежат от 0 до 1");
            return null;
        }
        return new Boundaries(b.p25(), b.p50(), b.p75());
    }

    private String code(String at, String code, Set<String> seen, String what) {
        if (code == null || code.isBlank()) {
            reject(at + ".code", "Укажите код " + what);
            return null;
        }
        String c = code.strip();
        if (!CODE.matcher(c).matches()) {
            reject(at + ".code", "Код " + what + " «" + code + "»: латинские буквы, цифры, точка, дефис, подчёркивание; до 64 символов");
            return null;
        }
        if (!seen.add(c)) {
            reject(at + ".code", "Код " + what + " «" + c + "» повторяется");
            return null;
        }
        return c;
    }

    private String name(String at, String name, String what) {
        if (name == null || name.isBlank()) {
            reject(at + ".name", "Укажите наименование " + what);
            return null;
        }
        if (name.length() > 500) {
            reject(at + ".name", "Наименование " + what + " длиннее 500 символов");
            return null;
        }
        return name.strip();
    }

    private static Integer year(String key) {
        try {
            int year = Integer.parseInt(key.strip());
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void reject(String field, String reason) {
        violations.add(new Violation(field, reason));
    }
}
