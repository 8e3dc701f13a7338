package dev.quarterdeck.app.projects;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the register tabs (Risks, Budget, Milestones, Stakeholders, Documents) show until their own editable
 * registers are wired into {@link ProjectTabs}: the page's read-only cards, or a read-only list.
 */
final class InterimTabs {

    private InterimTabs() {
    }

    static Node cards(ProjectTab tab, Node... cards) {
        VBox box = new VBox(16, cards);
        box.setStyle("-fx-padding: 16 0 16 0;");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setId(tab.nodeId());
        return scroll;
    }

    static Node stakeholders(ProjectTabContext context) {
        TableView<Stakeholder> table = table("No stakeholders yet.");
        table.getColumns().setAll(List.of(
                ProjectCards.column("Name", Stakeholder::name, 180),
                ProjectCards.column("Role", s -> text(s.role()), 140),
                ProjectCards.column("Organisation", s -> text(s.organisation()), 160),
                ProjectCards.column("E-mail", s -> text(s.email()), 200),
                ProjectCards.column("Influence", s -> String.valueOf(s.influence()), 90),
                ProjectCards.column("Interest", s -> String.valueOf(s.interest()), 90)));
        load(context, table, c -> c.store().stakeholders().listByProject(c.projectId()));
        return wrap(ProjectTab.STAKEHOLDERS, table);
    }

    static Node documents(ProjectTabContext context) {
        TableView<Document> table = table("No documents attached yet.");
        table.getColumns().setAll(List.of(ProjectCards.column("Title", Document::title, 400)));
        load(context, table, c -> c.store().documents().listByProject(c.projectId()));
        return wrap(ProjectTab.DOCUMENTS, table);
    }

    private static <T> TableView<T> table(String empty) {
        TableView<T> table = new TableView<>();
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(empty);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        return table;
    }

    private static <T> void load(ProjectTabContext context, TableView<T> table,
            Function<ProjectTabContext, List<T>> read) {
        context.background().run("Loading", () -> read.apply(context), table.getItems()::setAll, failure -> {
        });
    }

    private static Node wrap(ProjectTab tab, TableView<?> table) {
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(table);
        box.setStyle("-fx-padding: 16 0 0 0;");
        box.setId(tab.nodeId());
        return box;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
