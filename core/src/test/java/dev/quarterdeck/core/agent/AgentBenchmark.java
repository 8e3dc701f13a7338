package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.ask.RulesAnswerer;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.RulesBriefing;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * All rules agents, and each briefing, over a workspace of 10,000 tasks in 50 projects; prints the figures. Each
 * round builds a fresh context, so the index, scores and health are computed inside the measured time. Run with
 * {@code ./mvnw -B -q -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.quarterdeck.core.agent.AgentBenchmark}.
 */
public final class AgentBenchmark {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;
    /** CPU time of this thread: on a machine shared with other builds, wall time mostly measures the others. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AgentBenchmark() {
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        LocalDate today = LocalDate.of(2025, 11, 22);
        ZoneId zone = ZoneId.of("Europe/Vienna");
        Instant now = today.atTime(7, 45).atZone(zone).toInstant();
        WorkspaceSnapshot workspace = SyntheticWorkspace.create(50, 200, today, zone, 42);
        PreferenceModel preferences = PreferenceModel.learn(List.of(),
                List.of(new Preference(PreferenceModel.USER_NAME, "Alex Morgan", now)));
        Clock clock = Clock.fixed(now, zone);
        AgentRunner runner = new AgentRunner(AgentRunner.rulesAgents());
        RulesBriefing briefing = new RulesBriefing();
        print("workspace: %d projects, %d tasks, %d links, %d source items, %d milestones, %d risks%n",
                workspace.projects().size(), workspace.tasks().size(), workspace.links().size(),
                workspace.sourceItems().size(), workspace.milestones().size(), workspace.risks().size());

        long first = System.nanoTime();
        AgentRunner.Result result = runner.run(new AgentContext(workspace, clock, zone, preferences), List.of());
        print("first run in a fresh JVM: %.0f ms, %d proposals%n", (System.nanoTime() - first) / 1e6,
                result.proposals().size());
        for (AgentRun run : result.runs()) {
            print("  %-12s %5.0f ms  %4d proposals  %s%n", run.agent(), run.duration().toNanos() / 1e6,
                    run.proposals(), run.outcome());
        }

        List<Double> agents = new ArrayList<>();
        List<Double> agentsCpu = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            runner.run(new AgentContext(workspace, clock, zone, preferences), List.of());
            if (i >= WARM_UP) {
                agents.add((System.nanoTime() - start) / 1e6);
                agentsCpu.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
        print("all agents (context included), %d rounds: wall %s; CPU %s%n", ROUNDS, stats(agents),
                stats(agentsCpu));

        for (BriefingKind kind : BriefingKind.values()) {
            List<Double> times = new ArrayList<>();
            List<Double> cpuTimes = new ArrayList<>();
            int length = 0;
            for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                long start = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                length = briefing.compose(kind, new AgentContext(workspace, clock, zone, preferences)).markdown()
                        .length();
                if (i >= WARM_UP) {
                    times.add((System.nanoTime() - start) / 1e6);
                    cpuTimes.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
                }
            }
            print("%-7s briefing (context included): wall %s; CPU %s; %d characters%n", kind, stats(times),
                    stats(cpuTimes), length);
        }

        // Ask Quarterdeck by rules: one shared context (the window builds one per question; its cost is above)
        AgentContext shared = new AgentContext(workspace, clock, zone, preferences);
        RulesAnswerer answerer = new RulesAnswerer();
        String code = workspace.projects().get(0).code();
        for (String question : List.of("what is overdue in " + code, "what is overdue", "risks above 15",
                "which milestones are slipping", "who needs an update")) {
            List<Double> times = new ArrayList<>();
            int lines = 0;
            for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                long start = System.nanoTime();
                lines = answerer.answer(question, shared).lines().size();
                if (i >= WARM_UP) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            print("ask \"%s\": wall %s; %d lines%n", question, stats(times), lines);
        }
    }

    private static String stats(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median %.0f ms, min %.0f ms, max %.0f ms", sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
    }
}
