package dev.quarterdeck.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray code path on a real X server: with a tray host (trayer) the icon goes into the tray with its menu, the
 * menu's entries and a notification click do what they say, and Quit takes the icon out; on a bare display there is
 * no tray and the app goes window-only with the reason. Needs {@code Xvfb} and {@code trayer} ({@code .ci/run}
 * installs both); without them the tests are skipped, and the reason is logged and reported as the skip reason.
 */
class TrayUnderXvfbTest {

    private static final Logger LOG = LoggerFactory.getLogger(TrayUnderXvfbTest.class);
    private static Path xvfb;
    private static Path trayer;

    @BeforeAll
    static void findBinaries() {
        Optional<Path> foundXvfb = VirtualDisplay.find("Xvfb");
        Optional<Path> foundTrayer = VirtualDisplay.find("trayer");
        if (foundXvfb.isEmpty() || foundTrayer.isEmpty()) {
            String reason = "Skipping the tray tests under Xvfb: " + (foundXvfb.isEmpty() ? "Xvfb" : "trayer")
                    + " is not installed (apt-get install xvfb trayer; .ci/run does)";
            LOG.warn(reason);
            Assumptions.abort(reason);
        }
        xvfb = foundXvfb.get();
        trayer = foundTrayer.get();
    }

    @Test
    void withATrayHostTheIconMenuNotificationAndQuitWork() throws Exception {
        try (VirtualDisplay display = VirtualDisplay.start(xvfb)) {
            display.startTrayHost(trayer);
            VirtualDisplay.Result probe = display.runJava(TrayProbe.class.getName());
            LOG.info("Tray probe on {} with trayer: {}", display.name(), probe.lines());

            assertThat(probe.status()).as(String.join("\n", probe.lines())).isZero();
            assertThat(probe.value("state")).contains("SHOWN");
            assertThat(probe.value("inSystemTray")).contains("true");
            assertThat(probe.value("menu")).contains("Open Quarterdeck|Today's briefing|Sync now|-|Quit");
            assertThat(probe.value("afterMenu")).contains("open,today,sync");
            assertThat(probe.value("keepsRunningOnClose")).as("on by default where a tray exists").contains("true");
            assertThat(probe.value("delivered")).contains("true");
            assertThat(probe.value("notificationClickOpened")).contains("true");
            assertThat(probe.value("quitCalled")).contains("true");
            assertThat(probe.value("removedOnClose")).contains("true");
        }
    }

    @Test
    void onABareDisplayThereIsNoTrayAndTheAppIsWindowOnly() throws Exception {
        try (VirtualDisplay display = VirtualDisplay.start(xvfb)) {
            VirtualDisplay.Result probe = display.runJava(TrayProbe.class.getName());
            LOG.info("Tray probe on {} without a tray host: {}", display.name(), probe.lines());

            assertThat(probe.status()).as(String.join("\n", probe.lines())).isZero();
            assertThat(probe.value("state")).contains("UNAVAILABLE");
            assertThat(probe.value("reason")).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("This desktop has no system tray"));
            assertThat(probe.value("keepsRunningOnClose")).as("closing the window quits").contains("false");
            assertThat(probe.value("inSystemTray")).isEmpty();
        }
    }
}
