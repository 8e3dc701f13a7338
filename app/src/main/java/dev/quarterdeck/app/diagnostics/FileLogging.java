package dev.quarterdeck.app.diagnostics;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * The log file in {@code <data folder>/logs/quarterdeck.log}: INFO and up from Quarterdeck, WARN and up from
 * libraries, rolled at {@value #MAX_FILE_MB} MB, {@value #KEEP} old files kept (quarterdeck.1.log …). Added in
 * code once the data folder is known, so start-up pays for no XML; the console keeps showing WARN and up only.
 */
public final class FileLogging {

    public static final String FILE_NAME = "quarterdeck.log";
    static final int MAX_FILE_MB = 5;
    static final int KEEP = 4;
    private static final String APPENDER = "QUARTERDECK_FILE";

    private FileLogging() {
    }

    /** The folder the log files go to. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve("logs");
    }

    /** Starts writing the log file of {@code dataDir}; a second call for another folder moves the file there. */
    public static synchronized void start(Path dataDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding (tests of other modules): nothing to configure
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> previous = root.getAppender(APPENDER);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
        if (System.getProperty("logback.configurationFile") == null) {
            keepConsoleAtWarn(root, context); // a configuration file given on the command line decides for itself
        }
        Path folder = folder(dataDir).toAbsolutePath();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName(APPENDER);
        file.setFile(folder.resolve(FILE_NAME).toString());
        file.setEncoder(encoder);
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("quarterdeck.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEEP);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_MB + "MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setLevel(Level.INFO.levelStr);
        threshold.start();
        file.addFilter(threshold);
        file.start();

        root.addAppender(file);
        Logger quarterdeck = context.getLogger("dev.quarterdeck");
        if (!quarterdeck.isInfoEnabled()) {
            quarterdeck.setLevel(Level.INFO); // not lower: a debug configuration given on the command line stays
        }
    }

    /** Raising Quarterdeck's level to INFO for the file must not make the console chatty. */
    private static void keepConsoleAtWarn(Logger root, LoggerContext context) {
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
            Appender<ILoggingEvent> appender = it.next();
            if (appender instanceof ch.qos.logback.core.ConsoleAppender<?> && appender.getCopyOfAttachedFiltersList()
                    .stream().noneMatch(ThresholdFilter.class::isInstance)) {
                ThresholdFilter warn = new ThresholdFilter();
                warn.setContext(context);
                warn.setLevel(Level.WARN.levelStr);
                warn.start();
                appender.addFilter(warn);
            }
        }
    }
}
