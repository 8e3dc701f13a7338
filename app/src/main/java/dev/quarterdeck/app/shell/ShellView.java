package dev.quarterdeck.app.shell;

import atlantafx.base.controls.ModalPane;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.switcher.SwitcherView;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The main window's nodes: sidebar, content area, status bar, and the quick switcher as an overlay. Which
 * content shows follows the shell's phase and route; pages come from the composition root.
 */
public final class ShellView extends StackPane {

    private final ShellModel shell;
    private final Function<Route, Node> pages;
    private final Supplier<Node> welcome;
    private final StackPane content = new StackPane();
    private SidebarView sidebar;
    private final ModalPane overlay = new ModalPane();
    private SwitcherView switcher;

    public ShellView(ShellModel shell, BackgroundTasks background, Function<Route, Node> pages,
            Supplier<Node> welcome, Supplier<SwitcherView> switcherFactory) {
        this.shell = shell;
        this.pages = pages;
        this.welcome = welcome;
        setId("shell");

        content.setId("content");
        content.getStyleClass().add("content");
        BorderPane frame = new BorderPane(content);
        sidebar = new SidebarView(shell);
        frame.setLeft(sidebar);
        frame.setBottom(new StatusBarView(shell, background));

        overlay.setId("switcher-overlay");
        overlay.setAlignment(Pos.TOP_CENTER);
        overlay.displayProperty().addListener((obs, was, shown) -> {
            if (!shown) {
                shell.closeSwitcher();
            }
        });
        shell.switcherOpenProperty().addListener((obs, was, open) -> {
            if (open) {
                // built on first use: it is not needed for the first frame
                if (switcher == null) {
                    switcher = switcherFactory.get();
                    StackPane.setMargin(switcher, new Insets(96, 0, 0, 0));
                }
                SwitcherView shown = switcher;
                overlay.show(shown);
                Platform.runLater(shown::focusQuery);
            } else {
                if (overlay.isDisplay()) {
                    overlay.hide(true);
                }
                content.requestFocus();
            }
        });

        getChildren().addAll(frame, overlay);
        shell.phaseProperty().addListener((obs, old, phase) -> refresh());
        shell.routeProperty().addListener((obs, old, route) -> refresh());
        refresh();
    }

    /** Adds a small control (the File menu) at the end of the sidebar's brand row. */
    public void addBrandAction(Node action) {
        sidebar.addBrandAction(action);
    }

    /** Adds a layer above the window's content (the snackbar). */
    public void addOverlay(Node layer) {
        getChildren().add(getChildren().size() - 1, layer);
    }

    private void refresh() {
        Node page = switch (shell.phase()) {
            case LOADING -> StartScreens.loading();
            case WELCOME -> welcome.get();
            case FAILED -> StartScreens.failure(shell.failureProperty().get());
            case READY -> pages.apply(shell.route());
        };
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != page) {
            content.getChildren().setAll(page);
        }
    }
}
