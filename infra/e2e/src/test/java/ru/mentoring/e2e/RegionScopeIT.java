package ru.mentoring.e2e;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's cohort belongs to the region: the region analyst loads and classifies it, a
 * coordinator reads their municipality's results and writes none of it, and a coordinator of
 * another district can neither change the district's data nor move one of its schools away.
 * Through the gateway, real tokens, the demo district (index.municipalities-own-data off).
 */
class RegionScopeIT {

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void anotherDistrictsCoordinatorCannotUploadValuesAndTheDataStaysAsItWas() {
        String dataBefore = client.get("coordinator", "/api/index/years/2024/data").body();
        String resultsBefore = client.get("coordinator", "/api/index/years/2024/classification").body();
        PlatformClient.Response upload = client.post("coordinator-other", "/api/index/years/2024/indicator-values", "text/csv",
                "school_code,year,indicator_code,value\nmil-sosh-2,2024,OGE_MATH_AVG,5\n".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(403);
        PlatformClient.Response context = client.post("coordinator-other", "/api/index/years/2024/context-values", "text/csv",
                "school_code,year,factor_code,value\nmil-sosh-2,2024,LOW_INCOME_SHARE,0\n".getBytes(StandardCharsets.UTF_8));
        assertThat(context.status()).isEqualTo(403);
        assertThat(client.get("coordinator", "/api/index/years/2024/data").body()).isEqualTo(dataBefore);
        assertThat(client.get("coordinator", "/api/index/years/2024/classification").body()).isEqualTo(resultsBefore);
    }

    @Test
    void anotherDistrictsCoordinatorCannotRunAClassificationNorMoveASchoolNorReadItsHistory() {
        assertThat(client.postJson("coordinator-other", "/api/index/years/2024/classification?methodology=demo-2024", "").status())
                .isEqualTo(403);
        PlatformClient.Response moved = client.putJson("coordinator-other", "/api/index/schools/mil-sosh-2", """
                {"name":"x","municipalityCode":"other-district","advancedLevel":false}""");
        assertThat(moved.status()).isEqualTo(403);
        PlatformClient.Response history = client.get("coordinator-other", "/api/index/schools/mil-sosh-2/history");
        assertThat(history.status()).isEqualTo(404);
        assertThat(history.body()).doesNotContain("МБОУ СОШ №2").doesNotContain("millerovo");
        // the district still sees its school where it was
        JsonNode school = client.get("coordinator", "/api/index/schools/mil-sosh-2").json();
        assertThat(school.get("municipalityCode").asString()).isEqualTo("millerovo");
        assertThat(client.get("coordinator", "/api/index/schools/mil-sosh-2/history").status()).isEqualTo(200);
    }

    @Test
    void aCoordinatorOfTheDistrictWritesNoneOfTheRegionsCohortEither() {
        assertThat(client.postJson("coordinator", "/api/index/years/2024/classification?methodology=demo-2024", "").status())
                .isEqualTo(403);
        assertThat(client.putJson("coordinator", "/api/index/schools/mil-sosh-2", """
                {"name":"x","municipalityCode":"millerovo","advancedLevel":false}""").status()).isEqualTo(403);
    }

    @Test
    void theRegionAnalystMayNotMoveASchoolToAnotherMunicipality() {
        PlatformClient.Response created = client.putJson("region", "/api/index/schools/rs-e2e-1", """
                {"name":"Школа региона","municipalityCode":"kamensky","advancedLevel":false}""");
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        PlatformClient.Response moved = client.putJson("region", "/api/index/schools/rs-e2e-1", """
                {"name":"Школа региона","municipalityCode":"tarasovsky","advancedLevel":false}""");
        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.header("Content-Type")).startsWith("application/problem+json");
        assertThat(moved.json().get("errors").get(0).get("reason").asString()).contains("не меняется");
    }

    /**
     * Values go to 2019, a year no run covers (a run of a new year would add a year to every
     * district school's history that SchoolIndexIT counts); the classification is 2024's again,
     * over the demo data, which gives the same results.
     */
    @Test
    void theRegionUploadsAndClassifiesAndTheCoordinatorReadsTheirMunicipalitysResults() {
        List<String> schools = List.of("mil-sosh-2", "mil-sosh-4", "mil-sosh-5", "mil-gymnasium-1");
        StringBuilder indicators = new StringBuilder("school_code,year,indicator_code,value\n");
        for (int i = 0; i < schools.size(); i++) {
            indicators.append(schools.get(i)).append(",2019,OGE_MATH_AVG,").append(3 + 0.5 * i).append('\n');
        }
        PlatformClient.Response values = client.post("region", "/api/index/years/2019/indicator-values", "text/csv",
                indicators.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(values.status()).as(values.body()).isEqualTo(200);
        assertThat(client.get("coordinator", "/api/index/years/2019/data").json().get("schoolsWithIndicators").asInt())
                .isEqualTo(4);

        PlatformClient.Response run = client.postJson("region", "/api/index/years/2024/classification?methodology=demo-2024", "");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        assertThat(run.json().get("computedBy").asString()).isEqualTo("region");

        JsonNode district = client.get("coordinator", "/api/index/years/2024/classification").json();
        // the district's schools and no other (other tests may register one more in the district)
        java.util.Set<String> districtSchools = new java.util.HashSet<>();
        client.get("coordinator", "/api/registry/schools").json().forEach(s -> districtSchools.add(s.get("code").asString()));
        assertThat(district.size()).isGreaterThanOrEqualTo(22);
        for (JsonNode row : district) {
            assertThat(districtSchools).contains(row.get("schoolCode").asString());
        }
        JsonNode summary = client.get("coordinator", "/api/index/years/2024/classification/summary").json();
        assertThat(summary.get("computedBy").asString()).isEqualTo("region");
        assertThat(summary.toString()).doesNotContain("mil-").doesNotContain("Школа");
        assertThat(client.get("coordinator", "/api/index/schools/mil-sosh-2/history").json().size()).isEqualTo(4);
        assertThat(client.get("coordinator-other", "/api/index/years/2024/classification").body()).doesNotContain("mil-");
        assertThat(client.get("region", "/api/index/years/2024/classification").json().size()).isGreaterThan(22);
    }

    @Test
    void theRegionAnalystReachesNothingButTheIndex() {
        assertThat(client.get("region", "/api/registry/schools").status()).isEqualTo(403);
        assertThat(client.get("region", "/api/index/years/2024/classification").status()).isEqualTo(200);
    }

    @Test
    void registeringAnotherDistrictsSchoolCodeRevealsNothingOfIt() {
        PlatformClient.Response taken = client.postJson("coordinator-other", "/api/registry/schools", """
                {"code":"mil-sosh-2","fullName":"Школа соседей","shortName":"Школа соседей","kind":"SOSH",
                 "advancedLevel":false,"rural":false,"municipalityCode":"other-district"}""");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).doesNotContain("millerovo").doesNotContain("МБОУ СОШ №2").doesNotContain("Миллеров");

        // a short name another district's school has in Keycloak: the same words, naming only what was sent
        PlatformClient.Response named = client.postJson("coordinator-other", "/api/registry/schools", """
                {"code":"oth-e2e-1","fullName":"Школа соседей","shortName":"МБОУ СОШ №4","kind":"SOSH",
                 "advancedLevel":false,"rural":false,"municipalityCode":"other-district"}""");
        assertThat(named.status()).as(named.body()).isEqualTo(409);
        assertThat(named.body()).doesNotContain("millerovo").doesNotContain("mil-sosh-4");
        String takenReason = taken.json().get("errors").get(0).get("reason").asString()
                .replace("mil-sosh-2", "?").replace("Школа соседей", "?");
        String namedReason = named.json().get("errors").get(0).get("reason").asString()
                .replace("oth-e2e-1", "?").replace("МБОУ СОШ №4", "?");
        assertThat(namedReason).isEqualTo(takenReason);
        assertThat(client.get("coordinator-other", "/api/registry/schools").body()).doesNotContain("oth-e2e-1");
    }
}
