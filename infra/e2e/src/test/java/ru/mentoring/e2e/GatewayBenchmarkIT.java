package ru.mentoring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.DemoDistrict;
import ru.mentoring.launcher.Platform;
import ru.mentoring.launcher.PlatformClient;

/**
 * Issue 16's benchmark, not a test of speed: what the gateway adds to one request, side by side in one
 * run with the anchor, nginx as a plain reverse proxy in front of the same registry. Three ways to the
 * same {@code GET /api/registry/schools/mil-sosh-2} with the coordinator's real token: to the registry
 * directly, through the gateway (JWT validation on), through nginx (keep-alive upstream, the
 * Authorization header passed on). {@code wrk} measures one caller (p50, p99) and 16 callers
 * (throughput); each figure is printed as a {@code GATEWAY:} line with the load average and the CPU the
 * gateway, the registry and nginx spent per request. The targets are judged in docs/benchmarks.md.
 * Runs only when asked, and is skipped when wrk or nginx is missing ({@code apt-get install nginx-light wrk}):
 * {@code ./mvnw -pl infra/e2e -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=GatewayBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false -Dbenchmark=true}.
 * The services run with the full JIT unless {@code platform.service.jvm-options} says otherwise (when this
 * class is the run's first to start the platform). Options: {@code -Dbenchmark.gateway.rounds=3},
 * {@code -Dbenchmark.gateway.seconds=15}, {@code -Dbenchmark.gateway.warmup-seconds=30} (each way, 16
 * callers, before the rounds), {@code -Dbenchmark.gateway.jfr=true} (a JFR recording of the
 * gateway under 16 callers, written to {@code target/gateway-benchmark/gateway.jfr}).
 */
class GatewayBenchmarkIT {

    static final String PATH = "/api/registry/schools/mil-sosh-2";
    static final String FULL_SPEED = "-Xmx768m -XX:+UseSerialGC";
    static final Path WORK = Path.of("target", "gateway-benchmark").toAbsolutePath();

    @Test
    void theGatewayIsMeasuredBesideTheRegistryAndAPlainReverseProxy() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        Optional<Path> wrk = executable("wrk", "/usr/bin/wrk", "/usr/local/bin/wrk");
        Optional<Path> nginx = executable("nginx", "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx");
        Assumptions.assumeTrue(wrk.isPresent() && nginx.isPresent(),
                "wrk and nginx are needed for the gateway benchmark (apt-get install -y nginx-light wrk)");
        if (System.getProperty(Platform.JVM_OPTIONS) == null) {
            System.setProperty(Platform.JVM_OPTIONS, FULL_SPEED); // read when the platform starts, if it has not yet
        }
        PlatformClient client = E2EPlatform.client();
        Files.createDirectories(WORK);
        String direct = E2EPlatform.serviceUrl("registry");
        String gateway = E2EPlatform.serviceUrl("gateway");
        long gatewayPid = servicePid("gateway");
        long registryPid = servicePid("registry-service");
        System.out.println("GATEWAY: gateway JVM " + jvmOptions(gatewayPid));

        int nginxPort = freePort();
        Process proxy = startNginx(nginx.get(), nginxPort, URI.create(direct).getPort());
        try {
            String anchor = "http://127.0.0.1:" + nginxPort;
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("direct", direct);
            targets.put("gateway", gateway);
            targets.put("nginx", anchor);
            String token = client.passwordGrant("coordinator", DemoDistrict.PASSWORD);
            String expected = null;
            for (Map.Entry<String, String> t : targets.entrySet()) {
                HttpResponse<String> r = get(t.getValue() + PATH, token);
                assertThat(r.statusCode()).as(t.getKey()).isEqualTo(200);
                expected = expected == null ? r.body() : expected;
                assertThat(r.body()).as("every way answers the same school").isEqualTo(expected);
            }

            int rounds = Integer.getInteger("benchmark.gateway.rounds", 3);
            int seconds = Integer.getInteger("benchmark.gateway.seconds", 15);
            int warmup = Integer.getInteger("benchmark.gateway.warmup-seconds", 30);
            for (Map.Entry<String, String> t : targets.entrySet()) { // the JIT (C2 needs minutes here), the pools, the token's check
                wrk(wrk.get(), t.getValue() + PATH, client, 2, 16, warmup, Map.of());
            }
            Map<String, Long> pids = new LinkedHashMap<>();
            pids.put("gateway", gatewayPid);
            pids.put("registry", registryPid);
            pids.put("nginx", proxy.pid());
            List<String> table = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (int callers : new int[] {1, 16}) {
                    for (Map.Entry<String, String> t : targets.entrySet()) {
                        String load = Files.readString(Path.of("/proc/loadavg")).trim();
                        Wrk w = wrk(wrk.get(), t.getValue() + PATH, client, callers == 1 ? 1 : 2, callers, seconds, pids);
                        assertThat(w.requests()).as("%s answered", t.getKey()).isPositive();
                        assertThat(w.failed()).as("%s answered 200 to every request", t.getKey()).isZero();
                        String line = String.format(Locale.ROOT,
                                "round %d | %-7s | %2d caller(s) | p50 %.3f ms | p99 %.3f ms | %.0f req/s | %d requests | CPU per request: %s | load %s",
                                round, t.getKey(), callers, w.p50Ms(), w.p99Ms(), w.perSecond(), w.requests(), w.cpu(), load);
                        System.out.println("GATEWAY: " + line);
                        table.add(line);
                    }
                }
            }
            if (Boolean.getBoolean("benchmark.gateway.jfr")) {
                Path jfr = WORK.resolve("gateway.jfr");
                jcmd(gatewayPid, "JFR.start", "name=gw", "settings=profile", "filename=" + jfr);
                Wrk w = wrk(wrk.get(), gateway + PATH, client, 2, 16, 20, Map.of());
                jcmd(gatewayPid, "JFR.stop", "name=gw");
                System.out.printf(Locale.ROOT, "GATEWAY: JFR of the gateway under 16 callers (%.0f req/s) in %s%n", w.perSecond(), jfr);
            }
            Files.write(WORK.resolve("results.txt"), table);
        } finally {
            proxy.destroy();
            if (!proxy.waitFor(10, TimeUnit.SECONDS)) {
                proxy.destroyForcibly();
            }
        }
    }

    /** One wrk run: latency percentiles, throughput, and the CPU time each named process spent per request. */
    record Wrk(double p50Ms, double p99Ms, double perSecond, long requests, long failed, String cpu) {
    }

    static Wrk wrk(Path wrk, String url, PlatformClient client, int threads, int connections, int seconds, Map<String, Long> pids)
            throws IOException, InterruptedException {
        String token = client.passwordGrant("coordinator", DemoDistrict.PASSWORD); // fresh: a run outlives none
        Map<String, Long> before = new LinkedHashMap<>();
        pids.forEach((name, pid) -> before.put(name, cpuMillis(pid)));
        Process p = new ProcessBuilder(wrk.toString(), "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
                "-H", "Authorization: Bearer " + token, url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        long requests = Long.parseLong(group(out, "(\\d+) requests in"));
        StringBuilder cpu = new StringBuilder();
        pids.forEach((name, pid) -> cpu.append(cpu.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(String.format(Locale.ROOT, "%.3f ms", (cpuMillis(pid) - before.get(name)) / (double) Math.max(1, requests))));
        long failed = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (non2xx.find()) {
            failed += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) {
                failed += Long.parseLong(errors.group(i));
            }
        }
        return new Wrk(millis(group(out, "\\n\\s+50%\\s+(\\S+)")), millis(group(out, "\\n\\s+99%\\s+(\\S+)")),
                Double.parseDouble(group(out, "Requests/sec:\\s+(\\S+)")), requests, failed, cpu.toString());
    }

    static double millis(String wrkTime) {
        Matcher m = Pattern.compile("([\\d.]+)(us|ms|s|m)").matcher(wrkTime);
        assertThat(m.matches()).as(wrkTime).isTrue();
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            default -> v * 60_000;
        };
    }

    static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("wrk's output has %s:%n%s", regex, text).isTrue();
        return m.group(1);
    }

    /** User and system CPU of a process and its descendants (nginx's workers), from /proc, in milliseconds. */
    static long cpuMillis(long pid) {
        long ticks = ticks(pid);
        for (ProcessHandle child : ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of())) {
            ticks += ticks(child.pid());
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (IOException e) {
            return 0;
        }
    }

    static Process startNginx(Path nginx, int port, int registryPort) throws IOException, InterruptedException {
        Path dir = WORK.resolve("nginx");
        Files.createDirectories(dir.resolve("logs"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream registry {
                        server 127.0.0.1:%3$d;
                        keepalive 32;
                    }
                    server {
                        listen 127.0.0.1:%2$d;
                        location / {
                            proxy_pass http://registry;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_set_header Authorization $http_authorization;
                        }
                    }
                }
                """.formatted(dir, port, registryPort));
        Process p = new ProcessBuilder(nginx.toString(), "-p", dir.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return p;
            } catch (IOException notYet) {
                assertThat(p.isAlive()).as("nginx started: " + Files.readString(dir.resolve("logs/stdout.log"))).isTrue();
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The platform's process of a module ({@code <module>/target/<module>.jar}), found by its command line. */
    static long servicePid(String module) {
        String jar = "/" + module + "/target/" + module + ".jar";
        return ProcessHandle.allProcesses()
                .filter(h -> h.info().commandLine().map(c -> c.contains(jar) && c.contains("--server.port=")).orElse(false))
                .filter(h -> h.info().commandLine().orElse("").contains("--platform.keycloak.url=http://localhost:" + E2EPlatform.KEYCLOAK_PORT))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no process of " + module));
    }

    static String jvmOptions(long pid) throws IOException {
        String[] args = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0");
        List<String> options = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-X")) {
                options.add(a);
            }
        }
        return String.join(" ", options);
    }

    static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        full.addAll(List.of(command));
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    static Optional<Path> executable(String name, String... candidates) {
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return Optional.of(Path.of(c));
            }
        }
        return Optional.empty();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
