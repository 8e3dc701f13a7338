package dev.quarterdeck.app.graph;

import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.Page;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2AL;

/** The task graph. Until the graph view is built it says what will be drawn here. */
public final class GraphView extends StackPane {

    public GraphView() {
        setId("graph");
        getChildren().add(new Page("Graph", new EmptyState(Material2AL.ACCOUNT_TREE, "The task graph is not drawn yet",
                "Your tasks will appear here in lanes from Today to Later, ordered by what blocks what, with the "
                        + "critical path highlighted. It arrives with the graph view.")));
    }
}
