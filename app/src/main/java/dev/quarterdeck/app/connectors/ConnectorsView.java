package dev.quarterdeck.app.connectors;

import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.Page;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2MZ;

/** Connected accounts. None can be connected yet, so it explains what will be listed. */
public final class ConnectorsView extends StackPane {

    public ConnectorsView() {
        setId("connectors");
        getChildren().add(new Page("Connectors", new EmptyState(Material2MZ.SYNC_ALT, "No accounts connected",
                "Gmail, Calendar, Drive, GitHub and Jira accounts will be listed here with their sync status, "
                        + "once the connectors can sign in to them.")));
    }
}
