package ru.mentoring.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills the demo district through the gateway with real tokens, exactly as people's scripts
 * would: with the coordinator's, schools and their teachers in the registry; with the region
 * analyst's ({@link DemoDistrict#REGION_LOGIN}), four years of index data for the regional cohort
 * and their classification (the cohort is the region's); with the coordinator's again, consents,
 * topics, requests and pairs, and the monitoring of the 2025/26 programme year (rounds answered,
 * SWOT, plan of events); last, a parent mentoring a student ({@link DemoParents}) and the year's
 * nominations for recognition ({@link DemoRecognition}), a school's management team and reserve
 * ({@link DemoManagement}) and a mentor's and a mentee's own accounts ({@link DemoAccounts}).
 */
final class DemoLoader {

    private final PlatformClient client;

    DemoLoader(PlatformClient client) {
        this.client = client;
    }

    void load() {
        loadRegistry();
        new DemoIndexData(client).load();
        new DemoRegistryLife(client).load();
        new DemoMonitoring(client).load();
        new DemoParents(client).load();
        new DemoRecognition(client).load();
        new DemoManagement(client).load();
        new DemoAccounts(client).load();
    }

    private void loadRegistry() {
        for (DemoDistrict.DemoSchool school : DemoDistrict.SCHOOLS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", school.code());
            body.put("fullName", school.fullName());
            body.put("shortName", school.shortName());
            body.put("kind", school.kind());
            body.put("advancedLevel", school.advancedLevel());
            body.put("rural", school.rural());
            body.put("municipalityCode", DemoDistrict.MUNICIPALITY);
            expect(client.postJson("coordinator", "/api/registry/schools", PlatformClient.json(body)), "school " + school.code());
            for (DemoDistrict.DemoTeacher t : DemoDistrict.teachersOf(school)) {
                Map<String, Object> teacher = new LinkedHashMap<>();
                teacher.put("externalKey", t.key());
                teacher.put("kind", "TEACHER");
                teacher.put("lastName", t.lastName());
                teacher.put("firstName", t.firstName());
                teacher.put("middleName", t.middleName());
                teacher.put("subjects", t.subjects());
                teacher.put("experienceYears", t.experienceYears());
                teacher.put("qualificationCategory", t.category());
                expect(client.postJson("coordinator", "/api/registry/schools/" + school.code() + "/participants",
                        PlatformClient.json(teacher)), "teacher " + t.key() + " of " + school.code());
            }
        }
    }

    private static void expect(PlatformClient.Response response, String what) {
        // 409: already there (a second load into the same database); anything else is a real failure
        if (response.status() != 201 && response.status() != 409) {
            throw new IllegalStateException("demo data: " + what + " -> " + response.status() + " " + response.body());
        }
    }
}
