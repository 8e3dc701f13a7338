package dev.quarterdeck.app.inbox;

import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.Page;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Inbox of agent proposals. Agents do not exist yet, so it says honestly what will appear here; it has no
 * model until it has state to hold.
 */
public final class InboxView extends StackPane {

    public InboxView() {
        setId("inbox");
        getChildren().add(new Page("Inbox", new EmptyState(Material2AL.INBOX, "No proposals yet",
                "Agents will suggest changes to your tasks and projects here — new tasks from mail, new dates, "
                        + "links — for you to approve, edit or reject.")));
    }
}
