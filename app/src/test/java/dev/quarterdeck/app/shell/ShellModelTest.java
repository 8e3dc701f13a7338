package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShellModelTest {

    private final ShellModel shell = new ShellModel();

    @Test
    void startsLoadingOnFocus() {
        assertThat(shell.phase()).isEqualTo(ShellPhase.LOADING);
        assertThat(shell.route()).isEqualTo(Route.FOCUS);
    }

    @Test
    void shortcutDigitsSelectTheSectionsInSidebarOrder() {
        assertThat(shell.selectByShortcut(2)).isTrue();
        assertThat(shell.route()).isEqualTo(Route.of(Section.INBOX));
        shell.selectByShortcut(4);
        assertThat(shell.route().section()).isEqualTo(Section.PROJECTS);
        shell.selectByShortcut(6);
        assertThat(shell.route().section()).isEqualTo(Section.SETTINGS);
        assertThat(shell.selectByShortcut(Section.values().length + 1)).isFalse();
        assertThat(shell.route().section()).isEqualTo(Section.SETTINGS);
        assertThat(Section.CONNECTORS.shortcutText()).isEqualTo("Ctrl+5");
    }

    @Test
    void navigatingClosesTheSwitcher() {
        shell.ready(List.of(), "");
        shell.openSwitcher();
        assertThat(shell.switcherOpenProperty().get()).isTrue();
        shell.navigate(Route.project(UUID.randomUUID()));
        assertThat(shell.switcherOpenProperty().get()).isFalse();
    }

    @Test
    void switcherStaysClosedUntilDataIsThere() {
        shell.openSwitcher();
        assertThat(shell.switcherOpenProperty().get()).isFalse();
    }

    @Test
    void aProjectPageWhoseProjectVanishedFallsBackToThePortfolio() {
        UUID kept = UUID.randomUUID();
        shell.navigate(Route.project(UUID.randomUUID()));
        shell.ready(List.of(new SidebarProject(kept, "KUBE", "Kubernetes 1.31", "GREEN", List.of())), "1 project");
        assertThat(shell.route()).isEqualTo(Route.of(Section.PROJECTS));

        shell.navigate(Route.project(kept));
        shell.ready(List.of(new SidebarProject(kept, "KUBE", "Kubernetes 1.31", "AMBER", List.of("late"))), "");
        assertThat(shell.route()).isEqualTo(Route.project(kept));
        assertThat(shell.projects()).extracting(SidebarProject::healthLevel).containsExactly("AMBER");
    }

    @Test
    void failureKeepsTheMessage() {
        shell.failed("Database may be already in use");
        assertThat(shell.phase()).isEqualTo(ShellPhase.FAILED);
        assertThat(shell.failureProperty().get()).isEqualTo("Database may be already in use");
    }
}
