package dev.quarterdeck.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogConfiguratorTest {

    @Test
    void stepsAsideForTheTestConfigurationOnTheClassPath() {
        LoggerContext context = new LoggerContext();
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void withoutAConfigurationFileWarningsGoToTheConsole() {
        LoggerContext context = new LoggerContext();
        LogConfigurator configurator = new LogConfigurator(() -> false);
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("CONSOLE")).isInstanceOf(ConsoleAppender.class);
        assertThat(root.getAppender("CONSOLE").isStarted()).isTrue();
        assertThat(context.getLogger("dev.quarterdeck.Anything").isInfoEnabled()).isFalse();
    }

    @Test
    void theServiceFileNamesTheConfigurator() throws Exception {
        try (var in = LogConfigurator.class.getResourceAsStream(
                "/META-INF/services/ch.qos.logback.classic.spi.Configurator")) {
            assertThat(new String(in.readAllBytes()).strip()).isEqualTo(LogConfigurator.class.getName());
        }
    }
}
