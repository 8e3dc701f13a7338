package dev.quarterdeck.app.projects;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Moving between the tabs of one project page: a tab asks to show a record of another tab (a risk's linked task or
 * milestone); the page selects that tab, and the tab selects the record once its rows are loaded. FX thread only.
 */
public final class ProjectNavigation {

    /** Show record {@code id} on {@code tab}. */
    public record Target(ProjectTab tab, UUID id) {
    }

    private final ObjectProperty<Target> request = new SimpleObjectProperty<>(this, "request");

    public void reveal(ProjectTab tab, UUID id) {
        request.set(new Target(tab, id));
    }

    /** The latest request not yet taken; the page listens to it to switch tabs. */
    public ObjectProperty<Target> requestProperty() {
        return request;
    }

    /**
     * Lets {@code table} (on {@code tab}) answer requests: once a requested record is among its rows (now, after a
     * load, or when asked later) it is selected, scrolled to and focused, and the request is taken.
     */
    public <T> void showIn(ProjectTab tab, javafx.scene.control.TableView<T> table,
            java.util.function.Function<T, UUID> idOf) {
        Runnable attempt = () -> {
            Target target = request.get();
            if (target == null || target.tab() != tab) {
                return;
            }
            table.getItems().stream().filter(item -> idOf.apply(item).equals(target.id())).findFirst()
                    .ifPresent(item -> {
                        request.set(null);
                        table.getSelectionModel().select(item);
                        table.scrollTo(item);
                        table.requestFocus();
                    });
        };
        request.addListener((obs, old, target) -> attempt.run());
        table.getItems().addListener((javafx.collections.ListChangeListener<T>) change -> attempt.run());
        attempt.run();
    }
}
