package ru.mentoring.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the launcher, with its output appended to a log file, stopped with all its
 * descendants. It runs in a session of its own ({@code setsid}), so that Ctrl-C in the terminal
 * reaches only the launcher, which then stops its children in order (the gateway first,
 * PostgreSQL last) instead of all of them at once.
 */
final class ManagedProcess implements AutoCloseable {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path workDir, Path logDir)
            throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Files.writeString(log, "---- started " + Instant.now() + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ManagedProcess(name, builder.start(), log);
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The last lines of the log, to say why a process did not come up. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * Writes the processes' ids to {@code file}, so that a launcher killed without stopping them
     * (SIGKILL, a crash) leaves the next start enough to stop them ({@link #stopLeftovers}).
     */
    static void record(Path file, Collection<ManagedProcess> processes) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (ManagedProcess p : processes) {
            Optional<Instant> started = p.process.info().startInstant();
            lines.append(p.pid()).append('\t').append(started.map(Instant::toEpochMilli).orElse(0L)).append('\t').append(p.name).append('\n');
        }
        Files.writeString(file, lines.toString());
    }

    /** Stops the processes {@code file} names that still run (the same pid and start time), then removes the file. */
    static void stopLeftovers(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                continue;
            }
            long started = Long.parseLong(fields[1]);
            Optional<ProcessHandle> left = ProcessHandle.of(Long.parseLong(fields[0]))
                    .filter(p -> p.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == started);
            if (left.isPresent()) {
                System.out.println(fields[2] + " of an earlier run is still running (pid " + fields[0] + "): stopping it first");
                stopTree(left.get());
            }
        }
        Files.delete(file);
    }

    private static void stopTree(ProcessHandle process) {
        // kc.sh starts its JVM as a child: stop the whole tree, politely first
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
            for (ProcessHandle child : tree) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stopTree(process.toHandle());
    }
}
