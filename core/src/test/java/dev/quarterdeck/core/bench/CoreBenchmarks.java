package dev.quarterdeck.core.bench;

import dev.quarterdeck.core.agent.AgentBenchmark;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.focus.FocusLanes;
import dev.quarterdeck.core.portability.JsonExporter;
import dev.quarterdeck.core.portability.JsonImporter;
import dev.quarterdeck.core.portability.SampleWorkspace;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark command for core: prints the figures the issues set targets for. Run it with
 * {@code ./mvnw -B -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.quarterdeck.core.bench.CoreBenchmarks [-Dexec.args="TASKS"]}. Not a test: timings on a
 * shared machine vary, so nothing here passes or fails.
 */
public final class CoreBenchmarks {

    private CoreBenchmarks() {
    }

    public static void main(String[] args) throws IOException {
        int focusTasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean focusOnly = args.length > 1 && "--focus-only".equals(args[1]);
        if (!focusOnly) {
            exportAndImport(10_000);
        }
        focusLanes(focusTasks);
        FocusBenchmark.main(new String[0]);
        if (!focusOnly) {
            AgentBenchmark.main(new String[0]);
        }
    }

    /** Issue 7: export and import of a workspace with 10,000 tasks, each ≤ 2 s. */
    private static void exportAndImport(int tasks) throws IOException {
        WorkspaceSnapshot workspace = SampleWorkspace.large(tasks);
        JsonExporter exporter = new JsonExporter();
        JsonImporter importer = new JsonImporter();
        for (int warmup = 0; warmup < 3; warmup++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(workspace, Instant.EPOCH, out);
            importer.read(new ByteArrayInputStream(out.toByteArray()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        exporter.write(workspace, Instant.EPOCH, out);
        long exported = System.nanoTime();
        var result = importer.read(new ByteArrayInputStream(out.toByteArray()));
        long imported = System.nanoTime();
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("benchmark import failed: " + result.problems().get(0));
        }
        print("json export, %,d tasks (%,d KiB)".formatted(tasks, out.size() / 1024), ms(exported - start), "≤ 2000 ms");
        print("json import, %,d tasks".formatted(tasks), ms(imported - exported), "≤ 2000 ms");
    }

    /** Issue 4: the focus lanes query (top 3 of every horizon) ≤ 1 ms p50 at 100,000 tasks. */
    private static void focusLanes(int tasks) throws IOException {
        Path dir = Files.createTempDirectory("quarterdeck-bench");
        try (Store store = Store.open(StoreConfig.h2File(dir))) {
            long start = System.nanoTime();
            store.importSnapshot(Actor.system("benchmark"), SampleWorkspace.large(tasks));
            print("store import, %,d tasks".formatted(tasks), ms(System.nanoTime() - start), "(for reference)");
            int rounds = 2_000;
            double[] samples = new double[rounds];
            double[] cpu = new double[rounds];
            double[] whole = new double[rounds];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Horizon> shown = List.of(Horizon.TODAY, Horizon.WEEK, Horizon.MONTH);
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                for (Horizon horizon : shown) {
                    store.tasks().topOpenByHorizon(horizon, 3);
                }
                samples[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                t = System.nanoTime();
                FocusLanes.read(store, shown, 3, Instant.now().minusSeconds(7 * 86_400));
                whole[i] = (System.nanoTime() - t) / 1e6;
            }
            print("focus lanes query p50, %,d tasks".formatted(tasks), p(samples, rounds, 0.5), "≤ 1 ms");
            print("focus lanes query p95, %,d tasks".formatted(tasks), p(samples, rounds, 0.95), "");
            print("focus lanes query CPU p50, %,d tasks".formatted(tasks), p(cpu, rounds, 0.5), "≤ 1 ms");
            print("lanes + counts + done (one read) p50, %,d tasks".formatted(tasks), p(whole, rounds, 0.5), "(for reference)");
            System.out.println("load average now: " + FocusBenchmark.loadAverage());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The {@code q} quantile of the second half of the samples (the first half warms up). */
    private static double p(double[] samples, int rounds, double q) {
        double[] measured = Arrays.copyOfRange(samples, rounds / 2, rounds);
        Arrays.sort(measured);
        return measured[(int) (measured.length * q)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @SuppressWarnings("PMD.SystemPrintln")
    private static void print(String what, double millis, String target) {
        System.out.printf("%-45s %10.2f ms   %s%n", what, millis, target);
    }
}
