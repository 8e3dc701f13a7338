package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.settings.WindowBounds;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1050);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 2560, 1400);

    @Test
    void firstRunCentresTheDefaultSizeOnThePrimaryScreen() {
        WindowBounds placed = WindowPlacement.place(Optional.empty(), List.of(LAPTOP), LAPTOP);
        assertThat(placed).isEqualTo(new WindowBounds(260, 75, 1400, 900, false));
    }

    @Test
    void defaultSizeShrinksOnASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1280, 720);
        assertThat(WindowPlacement.place(Optional.empty(), List.of(small), small))
                .isEqualTo(new WindowBounds(0, 0, 1280, 720, false));
    }

    @Test
    void rememberedBoundsInsideAScreenAreKept() {
        WindowBounds remembered = new WindowBounds(2000, 100, 1600, 1000, true);
        assertThat(WindowPlacement.place(Optional.of(remembered), List.of(LAPTOP, RIGHT_MONITOR), LAPTOP))
                .isEqualTo(remembered);
    }

    @Test
    void boundsPartlyOffScreenAreMovedBackInside() {
        WindowBounds remembered = new WindowBounds(1000, -40, 1400, 900, false);
        assertThat(WindowPlacement.place(Optional.of(remembered), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowBounds(520, 0, 1400, 900, false));
    }

    @Test
    void boundsOnAMonitorThatIsGoneFallBackToTheDefault() {
        WindowBounds onUnpluggedMonitor = new WindowBounds(2100, 100, 1600, 1000, false);
        assertThat(WindowPlacement.place(Optional.of(onUnpluggedMonitor), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowBounds(260, 75, 1400, 900, false));
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToFit() {
        WindowBounds huge = new WindowBounds(100, 100, 2500, 1400, false);
        assertThat(WindowPlacement.place(Optional.of(huge), List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowBounds(0, 0, 1920, 1050, false));
    }
}
