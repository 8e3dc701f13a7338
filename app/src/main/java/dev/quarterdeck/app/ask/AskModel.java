package dev.quarterdeck.app.ask;

import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.background.JobState;
import dev.quarterdeck.core.agent.AgentRunner;
import dev.quarterdeck.core.ai.CancellationToken;
import dev.quarterdeck.core.ai.ChatMessage;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ask.AskService;
import dev.quarterdeck.core.ask.RulesAnswerer;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ask Quarterdeck's state: the conversation, loaded from and saved to the data folder, and the question being
 * answered. With AI on the language model answers with read-only tools ({@link AskService}); the changes it suggests
 * become pending proposals in the Inbox. Without a model, or when it fails, the rules answer ({@link RulesAnswerer})
 * and a message says why the model's answer was not used. Each answer says what produced it; Stop cancels.
 */
public final class AskModel {

    /** How many earlier messages the model is shown with a new question. */
    static final int CONTEXT_MESSAGES = 6;

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final AskHistoryFile history;
    private final Supplier<LanguageModel> model;
    private final ObservableList<AskMessage> messages = FXCollections.observableArrayList();
    private final BooleanProperty answering = new SimpleBooleanProperty(this, "answering", false);
    private final StringProperty modelProblem = new SimpleStringProperty(this, "modelProblem", "");
    private BackgroundJob job;
    private CancellationToken cancellation;
    private boolean loaded;

    /** {@code model} gives the language model as the AI settings say now ({@code NoLanguageModel} when AI is off). */
    public AskModel(BackgroundTasks background, Supplier<Store> store, Clock clock, AskHistoryFile history,
            Supplier<LanguageModel> model) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        this.history = history;
        this.model = model;
    }

    /** Reads the saved conversation once. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        background.run("Loading conversation", history::load, saved -> messages.addAll(0, saved), failure -> { });
    }

    /** Asks a question; blank questions, and questions while one is being answered, are ignored. */
    public void ask(String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty() || answering.get()) {
            return;
        }
        List<ChatMessage> earlier = earlier();
        messages.add(new AskMessage(AskMessage.USER, null, text, clock.instant()));
        answering.set(true);
        modelProblem.set("");
        List<AskMessage> snapshot = new ArrayList<>(messages);
        CancellationToken token = new CancellationToken();
        cancellation = token;
        job = background.run("Answering", progress -> {
            progress.update(-1, "Answering “" + text + "”");
            AskService.AskReply reply = new AskService(store.get(), model.get()).answer(text, earlier, clock, token);
            if (token.isCancelled()) {
                throw new java.util.concurrent.CancellationException("Stopped");
            }
            AskMessage answer = new AskMessage("Quarterdeck", reply.producedBy(), reply.markdown(), clock.instant());
            snapshot.add(answer);
            history.save(snapshot);
            return new Answered(answer, reply.modelProblem());
        }, answered -> {
            answering.set(false);
            messages.add(answered.message());
            modelProblem.set(answered.problem() == null ? ""
                    : "The language model's answer was not used, so the rules answered: " + answered.problem());
        }, failure -> {
            answering.set(false);
            messages.add(new AskMessage("Quarterdeck", AgentRunner.RULES,
                    "**Could not answer**\n\n- " + failure.getMessage(), clock.instant()));
        });
        job.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.CANCELLED) {
                answering.set(false);
                modelProblem.set("Stopped: the question was not answered.");
            }
        });
    }

    /** Stops the answer being worked on: the model is asked nothing more, and nothing is stored. */
    public void stop() {
        if (cancellation != null) {
            cancellation.cancel();
        }
        if (job != null) {
            job.cancel();
        }
    }

    /** Forgets the conversation, here and in the data folder. */
    public void clear() {
        messages.clear();
        background.run("Clearing conversation", () -> {
            history.save(List.of());
            return null;
        }, done -> { }, failure -> { });
    }

    /** The end of the conversation so far, as the model is shown it. */
    private List<ChatMessage> earlier() {
        List<AskMessage> recent = messages.subList(Math.max(0, messages.size() - CONTEXT_MESSAGES), messages.size());
        return recent.stream().map(m -> m.fromUser() ? ChatMessage.user(m.text()) : ChatMessage.assistant(m.text()))
                .toList();
    }

    private record Answered(AskMessage message, String problem) {
    }

    public ObservableList<AskMessage> messages() {
        return messages;
    }

    public BooleanProperty answeringProperty() {
        return answering;
    }

    /** Why the model's answer was not used for the last question (or that it was stopped); empty otherwise. */
    public StringProperty modelProblemProperty() {
        return modelProblem;
    }
}
