package dev.quarterdeck.app.ask;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.agent.AgentRunner;
import dev.quarterdeck.core.agent.AgentService;
import dev.quarterdeck.core.ask.RulesAnswerer;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ask Quarterdeck's state: the conversation, loaded from and saved to the data folder, and the question being
 * answered. Without a language model the rules answer ({@link RulesAnswerer}); the answer says so.
 */
public final class AskModel {

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final AskHistoryFile history;
    private final ObservableList<AskMessage> messages = FXCollections.observableArrayList();
    private final BooleanProperty answering = new SimpleBooleanProperty(this, "answering", false);
    private boolean loaded;

    public AskModel(BackgroundTasks background, Supplier<Store> store, Clock clock, AskHistoryFile history) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        this.history = history;
    }

    /** Reads the saved conversation once. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        background.run("Loading conversation", history::load, saved -> messages.addAll(0, saved), failure -> { });
    }

    /** Asks a question; blank questions are ignored. */
    public void ask(String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty() || answering.get()) {
            return;
        }
        messages.add(new AskMessage(AskMessage.USER, null, text, clock.instant()));
        answering.set(true);
        List<AskMessage> snapshot = new ArrayList<>(messages);
        background.run("Answering", () -> {
            RulesAnswerer.Answer answer = new RulesAnswerer().answer(text, new AgentService(store.get()).context(clock));
            AskMessage reply = new AskMessage("Quarterdeck", AgentRunner.RULES, answer.markdown(), clock.instant());
            snapshot.add(reply);
            history.save(snapshot);
            return reply;
        }, reply -> {
            answering.set(false);
            messages.add(reply);
        }, failure -> {
            answering.set(false);
            messages.add(new AskMessage("Quarterdeck", AgentRunner.RULES,
                    "**Could not answer**\n\n- " + failure.getMessage(), clock.instant()));
        });
    }

    /** Forgets the conversation, here and in the data folder. */
    public void clear() {
        messages.clear();
        background.run("Clearing conversation", () -> {
            history.save(List.of());
            return null;
        }, done -> { }, failure -> { });
    }

    public ObservableList<AskMessage> messages() {
        return messages;
    }

    public BooleanProperty answeringProperty() {
        return answering;
    }
}
