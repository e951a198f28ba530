package ru.mentoring.e2e;

import java.util.HashMap;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district's 2024 values as versions, through the gateway with real tokens: a one-row
 * file does not take the region's other schools away, a confirmed one becomes a version of its own,
 * undo brings the loaded version back, and the runs recompute to what they stored. The test leaves
 * 2024 as it found it (the launcher's data set current, the latest run computed from it).
 */
class IndexDataSetsIT {

    static final String ONE_ROW = "school_code,year,indicator_code,value\nmil-sosh-2,2024,OGE_MATH_AVG,3.5\n";
    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void aOneRowFileIsRefusedThenAConfirmedOneIsAVersionUndoBringsTheRegionBackAndRunsRecompute() throws Exception {
        JsonNode dataBefore = client.get("region", "/api/index/years/2024/data").json();
        long valuesBefore = dataBefore.get("indicatorValues").asLong();
        assertThat(valuesBefore).isGreaterThan(1000);
        String resultsBefore = client.get("region", "/api/index/years/2024/classification").body();
        String launcherRun = client.get("region", "/api/index/years/2024/classification/summary").json().get("runId").asString();
        JsonNode setsBefore = client.get("region", "/api/index/years/2024/data-sets").json();
        String loaded = current(setsBefore, "INDICATOR").get("id").asString();

        // a one-row file: refused, nothing changes
        PlatformClient.Response refused = client.post("region", "/api/index/years/2024/indicator-values", "text/csv",
                ONE_ROW.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("replace");
        assertThat(client.get("region", "/api/index/years/2024/data").json().get("indicatorValues").asLong()).isEqualTo(valuesBefore);

        String uploaded = null;
        try {
            // confirmed: a new version, named after the file, the loaded one kept
            PlatformClient.Response confirmed = client.send(client.request("region",
                            "/api/index/years/2024/indicator-values?replace=all")
                    .header("Content-Type", "text/csv")
                    .header("Content-Disposition", "attachment; filename=\"correction-2024.csv\"")
                    .POST(HttpRequest.BodyPublishers.ofString(ONE_ROW)));
            assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            uploaded = confirmed.json().get("dataSetId").asString();
            assertThat(confirmed.json().get("previousDataSetId").asString()).isEqualTo(loaded);
            assertThat(client.get("region", "/api/index/years/2024/data").json().get("indicatorValues").asLong()).isEqualTo(1);

            JsonNode sets = client.get("department", "/api/index/years/2024/data-sets").json();
            assertThat(sets.size()).isEqualTo(setsBefore.size() + 1);
            JsonNode newest = current(sets, "INDICATOR");
            assertThat(newest.get("id").asString()).isEqualTo(uploaded);
            assertThat(newest.get("uploadedBy").asString()).isEqualTo("region");
            assertThat(newest.get("fileName").asString()).isEqualTo("correction-2024.csv");
            assertThat(newest.get("rows").asLong()).isEqualTo(1);
            assertThat(newest.get("checksum").asString()).isEqualTo(sha256(ONE_ROW));
            assertThat(client.post("department", "/api/index/years/2024/data-sets/" + loaded + "/current", "application/json",
                    new byte[0]).status()).isEqualTo(403);
        } finally {
            // undo: the loaded version current again
            PlatformClient.Response undo = client.post("region", "/api/index/years/2024/data-sets/" + loaded + "/current",
                    "application/json", new byte[0]);
            assertThat(undo.status()).as(undo.body()).isEqualTo(200);
        }
        assertThat(client.get("region", "/api/index/years/2024/data").json().get("indicatorValues").asLong()).isEqualTo(valuesBefore);
        JsonNode afterUndo = client.get("region", "/api/index/years/2024/data-sets").json();
        assertThat(current(afterUndo, "INDICATOR").get("id").asString()).isEqualTo(loaded);
        assertThat(afterUndo.toString()).contains(uploaded);

        // a classification reads the loaded version again: the same results as the launcher's run
        PlatformClient.Response run = client.postJson("region", "/api/index/years/2024/classification?methodology=demo-2024", "");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        String newRun = run.json().get("runId").asString();
        // every school of the launcher's run has the same results (a school registered since, with no data, may be added)
        java.util.Map<String, String> after = new HashMap<>();
        client.get("region", "/api/index/years/2024/classification").json()
                .forEach(r -> after.put(r.get("schoolCode").asString(), r.toString()));
        JsonNode before = tools.jackson.databind.json.JsonMapper.builder().build().readTree(resultsBefore);
        assertThat(before.size()).isGreaterThan(22);
        before.forEach(r -> assertThat(after.get(r.get("schoolCode").asString())).isEqualTo(r.toString()));
        JsonNode runRecord = client.get("region", "/api/index/years/2024/classification/runs/" + newRun).json();
        assertThat(runRecord.get("methodologyVersion").asString()).isEqualTo("demo-2024");
        assertThat(runRecord.get("dataSets").toString()).contains(loaded).doesNotContain(uploaded);

        for (String id : new String[] {newRun, launcherRun}) {
            PlatformClient.Response again = client.postJson("region",
                    "/api/index/years/2024/classification/runs/" + id + "/recomputation", "");
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().get("equal").asBoolean()).as(again.body()).isTrue();
            assertThat(again.json().get("differences").size()).isZero();
            assertThat(again.json().get("schoolsCompared").asInt()).isGreaterThan(22);
        }
    }

    private static JsonNode current(JsonNode sets, String kind) {
        for (JsonNode set : sets) {
            if (set.get("current").asBoolean() && set.get("kind").asString().equals(kind)) {
                return set;
            }
        }
        throw new AssertionError("no current " + kind + " data set in " + sets);
    }

    private static String sha256(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}
