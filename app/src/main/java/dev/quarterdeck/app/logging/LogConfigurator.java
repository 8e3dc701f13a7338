package dev.quarterdeck.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;

/**
 * The app's logging set-up, in code: logback's XML configurator costs 150–250 ms of a cold start, on the main
 * thread before the window can launch. Found through {@code META-INF/services}. Console at WARN: the app is a
 * desktop program, the terminal is not its log.
 *
 * <p>Steps aside (so logback reads the file as usual) when {@code -Dlogback.configurationFile=…} names one, e.g.
 * to see the start-up timings at DEBUG, or when a {@code logback-test.xml} is on the class path.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private final BooleanSupplier configurationFileGiven;

    public LogConfigurator() {
        this(() -> System.getProperty("logback.configurationFile") != null
                || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    LogConfigurator(BooleanSupplier configurationFileGiven) {
        this.configurationFileGiven = configurationFileGiven;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (configurationFileGiven.getAsBoolean()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
