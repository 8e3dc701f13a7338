package dev.quarterdeck.app.diagnostics;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.ui.Page;
import dev.quarterdeck.core.agent.AgentRun;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.diagnostics.DiagnosticsSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Diagnostics screen: connector accounts (status, last sync, items, last error), agent runs (duration,
 * tokens, outcome), sync history (changes connectors made) and the log's last lines, redacted.
 */
public final class DiagnosticsView extends StackPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final TableView<ConnectorAccount> connectors = table("connectors-table",
            "No connector accounts yet — connect Gmail, Calendar, Drive, GitHub or Jira under Connectors.");
    private final TableView<AgentRun> agentRuns = table("agent-runs-table",
            "No agent runs yet — agents run when the assistant is on (Settings).");
    private final TableView<AuditEvent> syncHistory = table("sync-history-table",
            "No sync history yet — changes made by connectors appear here.");
    private final ListView<String> log = new ListView<>();
    private final Label storeLine = new Label();

    public DiagnosticsView(DiagnosticsModel model, Runnable exportDiagnostics) {
        VBox body = new VBox(12);
        Page page = new Page("Diagnostics", body);
        getChildren().add(page);
        setId("diagnostics");

        storeLine.setId("diagnostics-store");
        storeLine.getStyleClass().add(Styles.TEXT_MUTED);
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.refresh());
        Button export = new Button("Export diagnostics…");
        export.setId("diagnostics-export");
        export.setOnAction(e -> exportDiagnostics.run());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        storeLine.setMinWidth(0);
        storeLine.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(storeLine, Priority.ALWAYS);
        HBox bar = new HBox(8, storeLine, refresh, export);
        bar.setAlignment(Pos.CENTER_LEFT);

        column(connectors, "Connector", a -> a.kind() + " · " + a.displayName(), 200);
        column(connectors, "Status", a -> a.status().toString(), 110);
        column(connectors, "Last sync", a -> time(a.lastSync()), 150);
        column(connectors, "Items", a -> Long.toString(a.itemCount()), 70).setStyle("-fx-alignment: CENTER-RIGHT;");
        column(connectors, "Last error", a -> a.lastError() == null ? "—" : a.lastError(), 300);
        column(agentRuns, "Started", r -> time(r.startedAt()), 150);
        column(agentRuns, "Agent", AgentRun::agent, 120);
        column(agentRuns, "Model", AgentRun::model, 120);
        column(agentRuns, "Duration", r -> r.duration().toMillis() + " ms", 90).setStyle("-fx-alignment: CENTER-RIGHT;");
        column(agentRuns, "Tokens", r -> Long.toString(r.tokens()), 70).setStyle("-fx-alignment: CENTER-RIGHT;");
        column(agentRuns, "Proposals", r -> Integer.toString(r.proposals()), 80).setStyle("-fx-alignment: CENTER-RIGHT;");
        column(agentRuns, "Outcome", r -> r.outcome() + (r.error() == null ? "" : ": " + r.error()), 240);
        column(syncHistory, "When", e -> time(e.at()), 150);
        column(syncHistory, "Connector", e -> e.actor().name(), 120);
        column(syncHistory, "Change", e -> e.action() + " " + e.entityType(), 160);
        column(syncHistory, "Record", e -> String.valueOf(e.entityId()), 280);

        log.setId("diagnostics-log");
        log.getStyleClass().addAll(Styles.DENSE, "log-lines");
        log.setPlaceholder(new Label("The log is empty so far (" + model.logFile() + ")."));
        log.setItems(model.logLines());
        model.logLines().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!log.getItems().isEmpty()) {
                log.scrollTo(log.getItems().size() - 1);
            }
        });

        TabPane tabs = new TabPane(tab("Connectors", connectors), tab("Agent runs", agentRuns),
                tab("Sync history", syncHistory), tab("Log", log));
        tabs.setId("diagnostics-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label failure = new Label();
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(model.failureProperty());
        failure.managedProperty().bind(model.failureProperty().isNotEmpty());

        body.getChildren().addAll(bar, failure, tabs);
        setPadding(new Insets(24));
        model.snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
        show(model.snapshotProperty().get());
    }

    private void show(DiagnosticsSnapshot snapshot) {
        if (snapshot == null) {
            storeLine.setText("Loading…");
            return;
        }
        storeLine.setText(snapshot.store() + " · opened " + snapshot.openCount()
                + (snapshot.openCount() == 1 ? " time" : " times") + " · secrets are redacted from the log");
        connectors.getItems().setAll(snapshot.connectors());
        agentRuns.getItems().setAll(snapshot.agentRuns());
        syncHistory.getItems().setAll(snapshot.syncHistory());
    }

    /** Selects a tab by its title (tests and screenshots). */
    public void select(String title) {
        lookupAll(".tab-pane").stream().map(TabPane.class::cast).findFirst().ifPresent(tabs -> tabs.getTabs()
                .stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        return new Tab(title, content);
    }

    private static <T> TableView<T> table(String id, String empty) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        Label placeholder = new Label(empty);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <T> TableColumn<T, String> column(TableView<T> table, String title, Function<T, String> value,
            double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        table.getColumns().add(column);
        return column;
    }

    private static String time(Instant at) {
        return at == null ? "never" : TIME.format(at);
    }
}
