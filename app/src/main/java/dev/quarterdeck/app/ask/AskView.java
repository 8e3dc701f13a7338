package dev.quarterdeck.app.ask;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.briefing.MarkdownBlocks;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import dev.quarterdeck.app.ui.WarningLine;
import dev.quarterdeck.core.agent.AgentRunner;
import dev.quarterdeck.core.ask.RulesAnswerer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A chat over the workspace: the conversation, example questions, and a field to ask. Each answer says what produced
 * it ("rules" without a language model).
 */
public final class AskView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final AskModel model;
    private final VBox conversation = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(conversation);

    public AskView(AskModel model) {
        this.model = model;
        setId("ask");
        getStylesheets().add(AskView.class.getResource("/dev/quarterdeck/app/ask/ask.css").toExternalForm());

        conversation.setId("ask-conversation");
        conversation.getStyleClass().add("ask-conversation");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        FlowPane examples = new FlowPane(8, 8);
        for (String example : RulesAnswerer.EXAMPLES) {
            Button chip = new Button(example);
            chip.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED, "ask-example");
            chip.setOnAction(e -> model.ask(example));
            examples.getChildren().add(chip);
        }

        TextField question = new TextField();
        question.setId("ask-question");
        question.setPromptText("Ask about your work: “what is overdue in KUBE”, “risks above 15” …");
        HBox.setHgrow(question, Priority.ALWAYS);
        Button send = new Button("Ask", Icons.of(Material2MZ.SEND));
        send.setId("ask-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setDefaultButton(true);
        send.disableProperty().bind(model.answeringProperty().or(question.textProperty().isEmpty()));
        Runnable ask = () -> {
            model.ask(question.getText());
            question.clear();
        };
        send.setOnAction(e -> ask.run());
        question.setOnAction(e -> ask.run());
        Button stop = new Button("Stop", Icons.of(Material2MZ.STOP));
        stop.setId("ask-stop");
        stop.setTooltip(new Tooltip("Stop this answer: the model is asked nothing more and nothing is stored"));
        stop.visibleProperty().bind(model.answeringProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> model.stop());
        Button clear = new Button("Clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clear());
        HBox input = new HBox(8, question, send, stop, clear);
        input.setAlignment(Pos.CENTER_LEFT);

        Label problem = WarningLine.of("ask-model-problem", model.modelProblemProperty());

        VBox body = new VBox(12, scroll, problem, examples, input);
        Page page = new Page("Ask Quarterdeck", body);
        page.subtitle().setText("Read-only questions over the workspace · the language model answers when AI is on, "
                + "the rules otherwise · suggested changes wait in the Inbox");
        VBox.setVgrow(page, Priority.ALWAYS);
        getChildren().add(page);

        model.messages().addListener((ListChangeListener<AskMessage>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        conversation.getChildren().setAll(model.messages().stream().map(AskView::bubble).toList());
        if (model.messages().isEmpty()) {
            Label hint = new Label("Ask a question below, or pick an example.");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            conversation.getChildren().add(hint);
        }
        scroll.layout();
        scroll.setVvalue(1.0);
    }

    private static Node bubble(AskMessage message) {
        VBox box = new VBox(4);
        box.getStyleClass().addAll("card-box", message.fromUser() ? "ask-question" : "ask-answer");
        box.setMaxWidth(720);
        String who = message.fromUser() ? "You" : AgentRunner.RULES.equals(message.producedBy())
                ? "Quarterdeck · answered by rules" : "Quarterdeck · answered by " + message.producedBy();
        Label meta = new Label(who + " · " + TIME.format(LocalDateTime.ofInstant(message.at(), ZoneId.systemDefault())));
        meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        box.getChildren().add(meta);
        if (message.fromUser()) {
            box.getChildren().add(wrapped(message.text(), "ask-text"));
        } else {
            boolean rules = AgentRunner.RULES.equals(message.producedBy());
            for (MarkdownBlocks.Block block : MarkdownBlocks.parse(message.text().replace("**", ""))) {
                box.getChildren().add(switch (block.type()) {
                    case BULLET, NUMBERED -> wrapped("• " + block.text(), "ask-line");
                    case HEADING -> wrapped(block.text(), "ask-heading");
                    case NOTE -> wrapped(block.text(), "ask-note");
                    case TITLE -> wrapped(block.text(), "ask-title");
                    case PARAGRAPH -> wrapped(block.text(), rules ? "ask-title" : "ask-text");
                });
            }
        }
        HBox row = new HBox(box);
        row.setAlignment(message.fromUser() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        return row;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
