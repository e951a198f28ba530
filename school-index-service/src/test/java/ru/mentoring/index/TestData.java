package ru.mentoring.index;

import java.util.List;

/** Small builders for request bodies. */
public final class TestData {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TestData() {
    }

    /** A methodology with the given indicator and factor codes, fixed weights, defaults elsewhere. */
    public static String methodology(List<String> indicators, List<String> factors) {
        StringBuilder json = new StringBuilder("{\"indicators\":[");
        for (int i = 0; i < indicators.size(); i++) {
            json.append(i > 0 ? "," : "").append("""
                    {"code":"%s","name":"Показатель %s","source":"%s","direction":1,"weight":1}"""
                    .formatted(indicators.get(i), indicators.get(i), i % 2 == 0 ? "GIA" : "VPR"));
        }
        json.append("],\"contextFactors\":[");
        for (int i = 0; i < factors.size(); i++) {
            json.append(i > 0 ? "," : "").append("""
                    {"code":"%s","name":"Фактор %s","weight":-0.5}""".formatted(factors.get(i), factors.get(i)));
        }
        return json.append("],\"isbshMode\":\"FIXED_WEIGHTS\"}").toString();
    }
}
