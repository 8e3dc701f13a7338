package dev.quarterdeck.app.inbox;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.EmptyState;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.agent.ProposalPayloads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Inbox of agent proposals, grouped by agent: each says what it proposes, why (rationale and confidence) and what
 * would change (before → after), with Approve, Edit &amp; approve and Reject; a group can be approved at once. The
 * outcome of the last decision shows at the bottom with Undo.
 */
public final class InboxView extends StackPane {

    private final InboxModel model;
    private final VBox groups = new VBox(24);
    private final Map<java.util.UUID, Label> errorLabels = new HashMap<>();

    public InboxView(InboxModel model) {
        this.model = model;
        setId("inbox");
        getStylesheets().add(InboxView.class.getResource("/dev/quarterdeck/app/inbox/inbox.css").toExternalForm());

        Button run = new Button("Run agents", Icons.of(Material2MZ.PLAY_ARROW));
        run.setId("inbox-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setTooltip(new Tooltip("Let every agent read the workspace and propose changes (rules mode)"));
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.runAgents());
        Label running = new Label("Agents are reading the workspace…");
        running.getStyleClass().add(Styles.TEXT_MUTED);
        running.visibleProperty().bind(model.runningProperty());
        HBox toolbar = new HBox(12, run, running);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        groups.setPadding(new Insets(0, 8, 8, 0));
        groups.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        EmptyState empty = new EmptyState(Material2AL.INBOX, "No proposals waiting",
                "Agents read your tasks, mail, calendar, risks and budgets and suggest changes here for you to "
                        + "approve, edit or reject. Press “Run agents” to ask them now.");
        empty.setId("inbox-empty");
        StackPane body = new StackPane(scroll, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        empty.visibleProperty().bind(model.loadedProperty().and(javafx.beans.binding.Bindings.isEmpty(model.items())));
        scroll.visibleProperty().bind(empty.visibleProperty().not());

        VBox content = new VBox(16, toolbar, body);
        VBox.setVgrow(content, Priority.ALWAYS);
        Page page = new Page("Inbox", content);
        page.subtitle().textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = model.pendingCountProperty().get();
            return (n == 0 ? "Nothing waiting" : n + (n == 1 ? " proposal waiting" : " proposals waiting"))
                    + " · agents only propose; nothing changes until you approve";
        }, model.pendingCountProperty()));

        getChildren().addAll(page, snackbar());
        model.items().addListener((ListChangeListener<InboxItem>) change -> rebuild());
        model.errors().addListener((MapChangeListener<java.util.UUID, String>) change -> showError(change.getKey()));
        rebuild();
    }

    private Node snackbar() {
        Label text = new Label();
        text.setId("inbox-notice");
        text.setWrapText(true);
        text.textProperty().bind(model.noticeProperty());
        Button undo = new Button("Undo");
        undo.setId("inbox-undo");
        undo.getStyleClass().add(Styles.FLAT);
        undo.visibleProperty().bind(model.undoableProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoLast());
        Button close = new Button(null, Icons.of(Material2AL.CLOSE));
        close.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        close.setAccessibleText("Dismiss");
        close.setOnAction(e -> {
            model.noticeProperty().set("");
            model.undoableProperty().set(null);
        });
        HBox bar = new HBox(12, text, undo, close);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("card-box", "inbox-snackbar");
        bar.setMaxWidth(720);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        bar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(bar, new Insets(0, 24, 16, 24));
        return bar;
    }

    private void rebuild() {
        errorLabels.clear();
        Map<String, List<InboxItem>> byAgent = new LinkedHashMap<>();
        for (InboxItem item : model.items()) {
            byAgent.computeIfAbsent(item.proposal().agent(), a -> new ArrayList<>()).add(item);
        }
        List<Node> nodes = new ArrayList<>();
        byAgent.forEach((agent, list) -> nodes.add(group(agent, list)));
        groups.getChildren().setAll(nodes);
    }

    private Node group(String agent, List<InboxItem> items) {
        Label title = new Label(AgentNames.title(agent));
        title.getStyleClass().add(Styles.TITLE_4);
        Label count = new Label(Integer.toString(items.size()));
        count.getStyleClass().add("count-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button all = new Button("Approve all " + items.size());
        all.setId("inbox-approve-all-" + agent);
        all.getStyleClass().add(Styles.FLAT);
        all.setTooltip(new Tooltip("Apply every " + agent + " proposal shown, each on its own"));
        all.setOnAction(e -> model.approveAll(agent));
        HBox header = new HBox(8, title, count, spacer, all);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox group = new VBox(8, header);
        group.setId("inbox-group-" + agent);
        items.forEach(item -> group.getChildren().add(row(item)));
        return group;
    }

    private Node row(InboxItem item) {
        Label summary = new Label(item.proposal().summary());
        summary.getStyleClass().add("proposal-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);

        ProgressBar bar = new ProgressBar(item.proposal().confidence());
        bar.setPrefWidth(72);
        bar.getStyleClass().add(Styles.SMALL);
        Label confidence = new Label(item.confidenceText());
        confidence.getStyleClass().addAll(Styles.TEXT_SMALL, "confidence");
        confidence.setMinWidth(Region.USE_PREF_SIZE);
        HBox confidenceBox = new HBox(6, bar, confidence);
        confidenceBox.setAlignment(Pos.CENTER_RIGHT);
        confidenceBox.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(confidenceBox, new Tooltip("Confidence " + item.confidenceText()
                + " — lower for kinds you often reject"));

        HBox top = new HBox(12, Icons.labelled(kindIcon(item.proposal().kind()), kindName(item.proposal().kind())),
                summary, confidenceBox);
        top.setAlignment(Pos.TOP_LEFT);

        Label rationale = new Label(item.proposal().rationale());
        rationale.getStyleClass().addAll(Styles.TEXT_MUTED, "proposal-rationale");
        rationale.setWrapText(true);
        rationale.setMinHeight(Region.USE_PREF_SIZE);

        VBox card = new VBox(8, top, rationale, preview(item));
        card.getStyleClass().addAll("card-box", "proposal");
        card.setId("proposal-" + item.proposal().id());

        Label error = new Label(model.errors().getOrDefault(item.proposal().id(), ""));
        error.getStyleClass().addAll(Styles.DANGER, "proposal-error");
        error.setWrapText(true);
        error.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        errorLabels.put(item.proposal().id(), error);

        VBox editor = new VBox(8);
        editor.setManaged(false);
        editor.setVisible(false);

        Button approve = new Button("Approve", Icons.of(Material2AL.CHECK));
        approve.getStyleClass().add(Styles.SUCCESS);
        approve.setDisable(!item.preview().valid());
        approve.setOnAction(e -> model.approve(item));
        Button edit = new Button("Edit & approve", Icons.of(Material2AL.EDIT));
        edit.setDisable(!item.editable());
        if (!item.editable()) {
            edit.setTooltip(new Tooltip("This kind of proposal has nothing to edit"));
        }
        edit.setOnAction(e -> {
            editor.getChildren().setAll(editForm(item, editor));
            editor.setManaged(true);
            editor.setVisible(true);
        });
        Button reject = new Button("Reject", Icons.of(Material2AL.CLOSE));
        reject.getStyleClass().add(Styles.FLAT);
        reject.setOnAction(e -> model.reject(item));
        HBox actions = new HBox(8, approve, edit, reject);
        actions.setAlignment(Pos.CENTER_LEFT);

        card.getChildren().addAll(error, editor, actions);
        return card;
    }

    private Node preview(InboxItem item) {
        Label before = new Label(item.preview().before());
        before.getStyleClass().addAll(Styles.TEXT_MUTED, "preview-before");
        before.setWrapText(true);
        before.setMinHeight(Region.USE_PREF_SIZE);
        Label arrow = new Label("→");
        arrow.getStyleClass().add(Styles.TEXT_MUTED);
        arrow.setMinWidth(Region.USE_PREF_SIZE);
        Label after = new Label(item.preview().after());
        after.getStyleClass().add("preview-after");
        after.setWrapText(true);
        after.setMinHeight(Region.USE_PREF_SIZE);
        before.setMaxWidth(Double.MAX_VALUE);
        after.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(before, Priority.ALWAYS);
        HBox.setHgrow(after, Priority.ALWAYS);
        before.prefWidthProperty().set(1);
        after.prefWidthProperty().set(1);
        HBox box = new HBox(12, before, arrow, after);
        box.getStyleClass().add("proposal-preview");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private Node editForm(InboxItem item, VBox editor) {
        var payload = ProposalPayloads.read(item.proposal());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Map<String, TextInputControl> inputs = new LinkedHashMap<>();
        Map<String, ComboBox<String>> choices = new LinkedHashMap<>();
        int row = 0;
        for (ProposalEdit.Field field : ProposalEdit.fields(payload)) {
            Label label = new Label(field.label());
            Node input;
            if (field.type() == ProposalEdit.FieldType.HORIZON) {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().addAll("TODAY", "WEEK", "MONTH", "LATER");
                box.setValue(field.value());
                choices.put(field.name(), box);
                input = box;
            } else if (field.type() == ProposalEdit.FieldType.LONG_TEXT) {
                TextArea area = new TextArea(field.value());
                area.setPrefRowCount(6);
                area.setWrapText(true);
                inputs.put(field.name(), area);
                input = area;
            } else {
                TextField text = new TextField(field.value());
                if (field.type() == ProposalEdit.FieldType.RATING) {
                    text.setPrefColumnCount(3);
                }
                inputs.put(field.name(), text);
                input = text;
            }
            input.setId("edit-" + field.name());
            GridPane.setHgrow(input, Priority.ALWAYS);
            grid.addRow(row++, label, input);
        }
        Button save = new Button("Save & approve", Icons.of(Material2AL.CHECK));
        save.getStyleClass().add(Styles.SUCCESS);
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            Map<String, String> values = new HashMap<>();
            inputs.forEach((name, control) -> values.put(name, control.getText()));
            choices.forEach((name, box) -> values.put(name, box.getValue()));
            model.approveEdited(item, values);
        });
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            editor.setManaged(false);
            editor.setVisible(false);
        });
        HBox buttons = new HBox(8, save, cancel);
        VBox form = new VBox(8, grid, buttons);
        form.getStyleClass().add("proposal-editor");
        return form;
    }

    private void showError(java.util.UUID id) {
        Label label = errorLabels.get(id);
        if (label != null) {
            label.setText(model.errors().getOrDefault(id, ""));
        }
    }

    static Ikon kindIcon(ProposalKind kind) {
        return switch (kind) {
            case CREATE_TASK -> Material2AL.ADD_TASK;
            case CHANGE_HORIZON -> Material2AL.EVENT;
            case CHANGE_PRIORITY -> Material2AL.FLAG;
            case LINK_TASKS -> Material2AL.LINK;
            case ASSIGN_PROJECT -> Material2AL.FOLDER_OPEN;
            case ADD_RISK, UPDATE_RISK -> Material2MZ.REPORT_PROBLEM;
            case DRAFT_MESSAGE -> Material2MZ.MAIL_OUTLINE;
        };
    }

    static String kindName(ProposalKind kind) {
        return switch (kind) {
            case CREATE_TASK -> "New task";
            case CHANGE_HORIZON -> "Change when";
            case CHANGE_PRIORITY -> "Flag important";
            case LINK_TASKS -> "Link tasks";
            case ASSIGN_PROJECT -> "File under a project";
            case ADD_RISK -> "New risk";
            case UPDATE_RISK -> "Re-rate a risk";
            case DRAFT_MESSAGE -> "Draft message";
        };
    }
}
