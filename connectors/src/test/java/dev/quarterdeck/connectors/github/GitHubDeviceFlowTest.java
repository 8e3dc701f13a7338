package dev.quarterdeck.connectors.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.quarterdeck.connectors.fake.FakeApiServer.Recorded;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeGitHubLogin;
import dev.quarterdeck.connectors.fake.FakeGitHubLogin.User;
import dev.quarterdeck.connectors.fake.ManualClock;
import dev.quarterdeck.connectors.fake.RecordingSleeper;
import dev.quarterdeck.connectors.github.DeviceFlowException.Reason;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * "Sign in with GitHub" against a local server speaking GitHub's device flow: the happy path, each documented error
 * ({@code authorization_pending}, {@code slow_down}, {@code expired_token}, {@code access_denied}), refusals, Cancel,
 * and no device code or token in any log line. Time is a manual clock moved by the waits, so nothing sleeps.
 */
class GitHubDeviceFlowTest {

    private static final String CLIENT_ID = "Iv23liQuarterdeckTest";
    private static final Duration FIVE = Duration.ofSeconds(5);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<Duration> intervals = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private FakeGitHubLogin github;
    private Logger root;

    @BeforeEach
    void start() {
        github = new FakeGitHubLogin(CLIENT_ID, clock, Duration.ofMinutes(15));
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.DEBUG);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        github.close();
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(FakeGitHubLogin.TOKEN)
                    .doesNotContain("3584d83530557fdd1f46af8289938c8ef79f9dc5");
        }
    }

    private GitHubDeviceFlow flow(String clientId) {
        ApiClient api = new ApiClient("GitHub sign-in", HttpClient.newHttpClient(), RetryPolicy.DEFAULT, sleeper,
                clock, RandomGenerator.of("L64X128MixRandom"));
        return new GitHubDeviceFlow(github.baseUrl(), clientId, api, sleeper, clock);
    }

    private char[] await(GitHubDeviceFlow flow, DeviceCode code) throws DeviceFlowException {
        return flow.awaitToken(code, () -> false, intervals::add);
    }

    @Test
    void showsACodeThenGetsTheTokenOnceTheUserApproves() throws Exception {
        github.userWill(User.APPROVES, 3);
        GitHubDeviceFlow flow = flow(CLIENT_ID);
        DeviceCode code = flow.start();
        assertThat(code.userCode()).isEqualTo(FakeGitHubLogin.USER_CODE);
        assertThat(code.verificationUri()).isEqualTo(URI.create(github.baseUrl() + "/login/device"));
        assertThat(code.interval()).isEqualTo(FIVE);
        assertThat(code.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(code.toString()).doesNotContain(code.deviceCode());

        assertThat(new String(await(flow, code))).isEqualTo(FakeGitHubLogin.TOKEN);
        assertThat(intervals).containsExactly(FIVE, FIVE, FIVE, FIVE);
        assertThat(github.tooEarlyPolls()).isZero();

        Recorded request = github.requests("/login/device/code").get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        List<Recorded> polls = github.requests("/login/oauth/access_token");
        assertThat(polls).hasSize(4);
        assertThat(github.requests()).noneMatch(r -> r.header("Authorization") != null);
    }

    @Test
    void slowDownAddsFiveSecondsToEveryLaterWait() throws Exception {
        github.userWill(User.APPROVES, 2);
        GitHubDeviceFlow flow = flow(CLIENT_ID);
        DeviceCode code = flow.start();
        github.pollTooEarlyNextTime();
        assertThat(new String(await(flow, code))).isEqualTo(FakeGitHubLogin.TOKEN);
        Duration ten = Duration.ofSeconds(10);
        assertThat(intervals).containsExactly(FIVE, ten, ten, ten);
        // Only the simulated early poll was refused: after slow_down every poll kept the longer interval.
        assertThat(github.tooEarlyPolls()).isEqualTo(1);
    }

    @Test
    void anExpiredCodeEndsTheWaitWithAMessageToStartAgain() throws Exception {
        GitHubDeviceFlow flow = flow(CLIENT_ID);
        DeviceCode code = flow.start();
        github.script(Scripted.of("/login/oauth/access_token", 200, Map.of(),
                "{\"error\":\"expired_token\",\"error_description\":\"The device_code has expired.\"}"));
        DeviceFlowException e = catchThrowableOfType(DeviceFlowException.class, () -> await(flow, code));
        assertThat(e.reason()).isEqualTo(Reason.EXPIRED);
        assertThat(e.getMessage()).contains("Start again");
    }

    @Test
    void theCodeRunningOutWhileNobodyActsStopsPollingAtTheExpiry() throws Exception {
        github.close();
        github = new FakeGitHubLogin(CLIENT_ID, clock, Duration.ofSeconds(12));
        GitHubDeviceFlow flow = flow(CLIENT_ID);
        DeviceCode code = flow.start();
        DeviceFlowException e = catchThrowableOfType(DeviceFlowException.class, () -> await(flow, code));
        assertThat(e.reason()).isEqualTo(Reason.EXPIRED);
        assertThat(github.requests("/login/oauth/access_token")).hasSize(2);
    }

    @Test
    void theUserCancellingOnGitHubIsReportedAsDenied() throws Exception {
        github.userWill(User.DENIES, 1);
        GitHubDeviceFlow flow = flow(CLIENT_ID);
        DeviceCode code = flow.start();
        DeviceFlowException e = catchThrowableOfType(DeviceFlowException.class, () -> await(flow, code));
        assertThat(e.reason()).isEqualTo(Reason.DENIED);
        assertThat(e.getMessage()).contains("cancelled on GitHub");
    }

    @Test
    void cancelInQuarterdeckStopsWithinASecond() throws Exception {
        GitHubDeviceFlow flow = flow(CLIENT_ID);
        DeviceCode code = flow.start();
        AtomicBoolean cancelled = new AtomicBoolean();
        DeviceFlowException e = catchThrowableOfType(DeviceFlowException.class, () -> flow.awaitToken(code,
                cancelled::get, interval -> {
                    if (github.requests("/login/oauth/access_token").size() == 2) {
                        cancelled.set(true);
                    }
                }));
        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertThat(github.requests("/login/oauth/access_token")).hasSize(2);
        assertThat(sleeper.waits()).allMatch(wait -> wait.compareTo(Duration.ofSeconds(1)) <= 0);
    }

    @Test
    void aWrongClientIdOrADisabledDeviceFlowIsRefusedWithAdvice() {
        DeviceFlowException wrong = catchThrowableOfType(DeviceFlowException.class, () -> flow("Iv23nope").start());
        assertThat(wrong.reason()).isEqualTo(Reason.REFUSED);
        assertThat(wrong.getMessage()).contains("incorrect_client_credentials").contains("Check the client id");

        github.disableDeviceFlow();
        DeviceFlowException disabled = catchThrowableOfType(DeviceFlowException.class, () -> flow(CLIENT_ID).start());
        assertThat(disabled.getMessage()).contains("device_flow_disabled").contains("Enable");
    }

    @Test
    void unreadableAnswersAndServerErrorsEndTheFlowWithoutAToken() throws Exception {
        github.script(Scripted.of("/login/device/code", 200, Map.of(), "<html>rate limited</html>"));
        assertThat(catchThrowableOfType(DeviceFlowException.class, () -> flow(CLIENT_ID).start()).reason())
                .isEqualTo(Reason.REFUSED);

        GitHubDeviceFlow flow = flow(CLIENT_ID);
        DeviceCode code = flow.start();
        github.script(Scripted.of("/login/oauth/access_token", 502, Map.of(), "{\"message\":\"Bad gateway\"}"));
        DeviceFlowException e = catchThrowableOfType(DeviceFlowException.class, () -> await(flow, code));
        assertThat(e.reason()).isEqualTo(Reason.OFFLINE);
        assertThat(e.getMessage()).contains("502");
    }

    @Test
    void anUnreachableGitHubIsOffline() throws Exception {
        URI closed = github.baseUrl();
        github.close();
        ApiClient api = new ApiClient("GitHub sign-in", HttpClient.newHttpClient(), RetryPolicy.DEFAULT, sleeper,
                clock, RandomGenerator.of("L64X128MixRandom"));
        DeviceFlowException e = catchThrowableOfType(DeviceFlowException.class,
                () -> new GitHubDeviceFlow(closed, CLIENT_ID, api, sleeper, clock).start());
        assertThat(e.reason()).isEqualTo(Reason.OFFLINE);
        github = new FakeGitHubLogin(CLIENT_ID, clock, Duration.ofMinutes(15));
    }
}
