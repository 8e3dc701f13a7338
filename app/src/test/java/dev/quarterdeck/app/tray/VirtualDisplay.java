package dev.quarterdeck.app.tray;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** An Xvfb display of its own, optionally with a tray host (trayer) on it; stopped on close. */
final class VirtualDisplay implements AutoCloseable {

    private final Process xvfb;
    private final String name;
    private Process trayHost;

    private VirtualDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    /** Where {@code program} is on the PATH; empty when it is not installed. */
    static Optional<Path> find(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Starts Xvfb on a free display number (it picks one and reports it once it accepts clients). */
    static VirtualDisplay start(Path xvfbBinary) throws IOException {
        Process process = new ProcessBuilder(xvfbBinary.toString(), "-displayfd", "1", "-screen", "0", "1024x768x24",
                "-nolisten", "tcp").redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            process.destroyForcibly();
            throw new IOException("Xvfb did not report a display (got " + number + ")");
        }
        return new VirtualDisplay(process, ":" + number.strip());
    }

    String name() {
        return name;
    }

    /** Starts trayer on this display and gives it a moment to claim the tray selection. */
    void startTrayHost(Path trayerBinary) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(trayerBinary.toString(), "--edge", "top", "--align", "right",
                "--height", "24", "--widthtype", "request").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", name);
        trayHost = builder.start();
        Thread.sleep(3000);
        if (!trayHost.isAlive()) {
            throw new IOException("trayer ended at once with status " + trayHost.exitValue());
        }
    }

    /** Runs a Java main class of the test class path on this display; its output lines and exit status. */
    Result runJava(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=false");
        command.add("-Dprism.order=sw");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", name);
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("(output unreadable: " + e.getMessage() + ")");
            }
        });
        reader.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join(5000);
            return new Result(-1, List.copyOf(lines));
        }
        reader.join(5000);
        return new Result(process.exitValue(), List.copyOf(lines));
    }

    record Result(int status, List<String> lines) {

        /** The value of a {@code key=value} line; empty when the probe printed none. */
        Optional<String> value(String key) {
            return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1))
                    .findFirst();
        }
    }

    @Override
    public void close() {
        if (trayHost != null) {
            trayHost.destroy();
        }
        xvfb.destroy();
        try {
            xvfb.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
