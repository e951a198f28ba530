package ru.mentoring.launcher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Three years of plausible index data for a regional cohort of about 200 schools: the demo
 * district's 22 and 178 invented schools of five other districts. Every school has a latent
 * "quality" and a "social context"; the 14 schools that seed 004 names as low-result schools get a
 * low quality, the gymnasium and the lyceum a high one. Indicators and context factors are drawn
 * around those with a fixed seed, so every start loads the same numbers.
 */
final class DemoIndexData {

    static final String METHODOLOGY = "demo-2024";
    static final int[] YEARS = {2022, 2023, 2024, 2025};

    private static final String[] OTHER_DISTRICTS = {"kamensky", "tarasovsky", "chertkovsky", "kasharsky", "glubokinsky"};
    private static final Set<String> SEED_LOW_RESULTS = Set.of("mil-sosh-2", "mil-sosh-4", "mil-sosh-5", "mil-sosh-8",
            "mil-voloshinskaya", "mil-krivorozhskaya", "mil-nagolnenskaya", "mil-nizhne-olkhovskaya", "mil-pervomayskaya",
            "mil-sulinovskaya", "mil-turoverovskaya", "mil-rogalikovskaya", "mil-kurskaya", "mil-ternovskaya-2");

    /** code, GIA/VPR/OTHER, direction, typical value, spread per unit of quality, lower bound, upper bound */
    private record IndicatorSpec(String code, String name, String source, int direction, double mean, double slope, double min, double max) {
    }

    private record FactorSpec(String code, String name, double mean, double slope) {
    }

    private static final List<IndicatorSpec> INDICATORS = List.of(
            new IndicatorSpec("OGE_MATH_AVG", "Средний балл ОГЭ по математике", "GIA", 1, 3.6, 0.35, 2, 5),
            new IndicatorSpec("OGE_RUS_AVG", "Средний балл ОГЭ по русскому языку", "GIA", 1, 3.9, 0.3, 2, 5),
            new IndicatorSpec("EGE_BELOW_MIN_SHARE", "Доля участников ЕГЭ, не преодолевших минимальный порог", "GIA", -1, 0.06, -0.04, 0, 1),
            new IndicatorSpec("VPR_MATH_5_AVG", "Средний балл ВПР по математике, 5 класс", "VPR", 1, 3.7, 0.3, 2, 5),
            new IndicatorSpec("VPR_RUS_5_AVG", "Средний балл ВПР по русскому языку, 5 класс", "VPR", 1, 3.6, 0.3, 2, 5),
            new IndicatorSpec("VPR_FAIL_SHARE", "Доля отметок «2» по ВПР", "VPR", -1, 0.12, -0.06, 0, 1));

    private static final List<FactorSpec> FACTORS = List.of(
            new FactorSpec("LOW_INCOME_SHARE", "Доля обучающихся из малообеспеченных семей", 0.25, -0.09),
            new FactorSpec("PARENTS_HIGHER_EDU_SHARE", "Доля родителей с высшим образованием", 0.35, 0.1),
            new FactorSpec("NON_NATIVE_RUSSIAN_SHARE", "Доля обучающихся, для которых русский язык не родной", 0.05, -0.02),
            new FactorSpec("OVZ_SHARE", "Доля обучающихся с ОВЗ", 0.06, -0.015),
            new FactorSpec("PREVENTIVE_REGISTER_SHARE", "Доля обучающихся, состоящих на профилактических учётах", 0.03, -0.015));

    private record CohortSchool(String code, String name, String municipality, boolean advanced, double quality, double social) {
    }

    private final PlatformClient client;

    DemoIndexData(PlatformClient client) {
        this.client = client;
    }

    void load() {
        expect(client.putJson(DemoDistrict.REGION_LOGIN, "/api/index/methodologies/" + METHODOLOGY, methodologyJson()), "methodology", 200, 201);
        List<CohortSchool> cohort = cohort();
        StringBuilder region = new StringBuilder("school_code,name,municipality_code,advanced_level\n");
        for (CohortSchool s : cohort) {
            if (s.municipality().equals(DemoDistrict.MUNICIPALITY)) {
                continue; // the registry's own schools: the index service learns them from the registry
            }
            region.append(s.code()).append(',').append(csv(s.name())).append(',').append(s.municipality()).append(',')
                    .append(s.advanced()).append('\n');
        }
        expect(client.post(DemoDistrict.REGION_LOGIN, "/api/index/schools", "text/csv", bytes(region)), "cohort schools", 200, 201);

        Random random = new Random(2024);
        for (int year : YEARS) {
            StringBuilder indicators = new StringBuilder("school_code,year,indicator_code,value\n");
            StringBuilder factors = new StringBuilder("school_code,year,factor_code,value\n");
            for (CohortSchool s : cohort) {
                double quality = s.quality() + random.nextGaussian() * 0.15;
                for (IndicatorSpec i : INDICATORS) {
                    double v = clamp(i.mean() + i.slope() * quality + random.nextGaussian() * Math.abs(i.slope()) * 0.35, i.min(), i.max());
                    indicators.append(s.code()).append(',').append(year).append(',').append(i.code()).append(',')
                            .append(number(v)).append('\n');
                }
                for (FactorSpec f : FACTORS) {
                    double v = clamp(f.mean() + f.slope() * s.social() + random.nextGaussian() * Math.abs(f.slope()) * 0.3, 0, 1);
                    factors.append(s.code()).append(',').append(year).append(',').append(f.code()).append(',')
                            .append(number(v)).append('\n');
                }
                factors.append(s.code()).append(',').append(year).append(",RURAL,")
                        .append(s.code().startsWith("mil-") && isRural(s.code()) ? "1" : (s.social() < -0.3 ? "1" : "0")).append('\n');
            }
            expect(client.post(DemoDistrict.REGION_LOGIN, "/api/index/years/" + year + "/indicator-values", "text/csv", bytes(indicators)),
                    "indicator values " + year, 200, 201);
            expect(client.post(DemoDistrict.REGION_LOGIN, "/api/index/years/" + year + "/context-values", "text/csv", bytes(factors)),
                    "context values " + year, 200, 201);
        }
        for (int year : YEARS) {
            expect(client.postJson(DemoDistrict.REGION_LOGIN, "/api/index/years/" + year + "/classification?methodology=" + METHODOLOGY, ""),
                    "classification " + year, 200, 201);
        }
    }

    private static boolean isRural(String code) {
        return DemoDistrict.SCHOOLS.stream().filter(s -> s.code().equals(code)).anyMatch(DemoDistrict.DemoSchool::rural);
    }

    private static List<CohortSchool> cohort() {
        Random random = new Random(7);
        List<CohortSchool> cohort = new ArrayList<>();
        for (DemoDistrict.DemoSchool s : DemoDistrict.SCHOOLS) {
            double social = random.nextGaussian() * 0.8 - (s.rural() ? 0.4 : 0);
            double quality;
            if (SEED_LOW_RESULTS.contains(s.code())) {
                quality = -1.6 + random.nextGaussian() * 0.25;
            } else if (s.advancedLevel()) {
                quality = 1.6 + random.nextGaussian() * 0.2;
                social = 1.2 + random.nextGaussian() * 0.2;
            } else {
                quality = 0.6 + random.nextGaussian() * 0.3;
            }
            cohort.add(new CohortSchool(s.code(), s.shortName(), DemoDistrict.MUNICIPALITY, s.advancedLevel(), quality, social));
        }
        int n = 1;
        while (cohort.size() < 200) {
            String district = OTHER_DISTRICTS[n % OTHER_DISTRICTS.length];
            double social = random.nextGaussian();
            double quality = 0.55 * social + random.nextGaussian() * 0.8;
            boolean advanced = n % 23 == 0;
            cohort.add(new CohortSchool("reg-%s-%03d".formatted(district, n), "МБОУ СОШ №%d (%s)".formatted(n, district), district,
                    advanced, advanced ? quality + 1 : quality, social));
            n++;
        }
        return cohort;
    }

    private static String methodologyJson() {
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorSpec i : INDICATORS) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", i.code());
            m.put("name", i.name());
            m.put("source", i.source());
            m.put("direction", i.direction());
            m.put("weight", 1.0);
            indicators.add(m);
        }
        List<Map<String, Object>> factors = new ArrayList<>();
        for (FactorSpec f : FACTORS) {
            factors.add(Map.of("code", f.code(), "name", f.name(), "weight", 0.0));
        }
        factors.add(Map.of("code", "RURAL", "name", "Сельская местность", "weight", 0.0));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicators", indicators);
        body.put("contextFactors", factors);
        body.put("isbshMode", "REGRESSION");
        body.put("thresholds", Map.of("alpha", 0.05, "unstableGap", 0.01, "giaVprRatio", 1.5));
        body.put("cohort", Map.of("choice", "ALL_LOADED"));
        return PlatformClient.json(body);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static byte[] bytes(StringBuilder sb) {
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void expect(PlatformClient.Response r, String what, int... ok) {
        for (int status : ok) {
            if (r.status() == status) {
                return;
            }
        }
        throw new IllegalStateException("demo index data: " + what + " -> " + r.status() + " " + r.body());
    }
}
