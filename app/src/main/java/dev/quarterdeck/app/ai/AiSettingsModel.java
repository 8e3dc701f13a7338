package dev.quarterdeck.app.ai;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.ModelHealth;
import dev.quarterdeck.core.ai.ModelSettings;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The AI settings form: base URL, chat model, embedding model, timeout, AI on or off; "Save" checks and stores them,
 * "Test" saves and asks the server for its version and models ({@link LanguageModel#health()}), showing what to do
 * when the model is missing.
 */
public final class AiSettingsModel {

    private final BackgroundTasks background;
    private final AiSettingsFile file;
    private final Function<ModelSettings, LanguageModel> connect;
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl");
    private final StringProperty model = new SimpleStringProperty(this, "model");
    private final StringProperty embeddingModel = new SimpleStringProperty(this, "embeddingModel");
    private final StringProperty timeoutSeconds = new SimpleStringProperty(this, "timeoutSeconds");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final StringProperty result = new SimpleStringProperty(this, "result", "");
    private final BooleanProperty problem = new SimpleBooleanProperty(this, "problem", false);
    private final BooleanProperty testing = new SimpleBooleanProperty(this, "testing", false);

    public AiSettingsModel(BackgroundTasks background, AiSettingsFile file,
            Function<ModelSettings, LanguageModel> connect) {
        this.background = background;
        this.file = file;
        this.connect = connect;
        show(file.load());
    }

    private void show(ModelSettings settings) {
        baseUrl.set(settings.baseUrl().toString());
        model.set(settings.model());
        embeddingModel.set(settings.embeddingModel());
        timeoutSeconds.set(Long.toString(settings.requestTimeout().toSeconds()));
        enabled.set(settings.enabled());
    }

    /** The form as settings, or a message saying which value is wrong. */
    ModelSettings settings() {
        URI url;
        try {
            url = URI.create(baseUrl.get().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Base URL is not a URL: " + baseUrl.get(), e);
        }
        if (url.getScheme() == null || !url.getScheme().startsWith("http") || url.getHost() == null) {
            throw new IllegalArgumentException("Base URL must look like http://127.0.0.1:11434");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timeoutSeconds.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Timeout must be a number of seconds", e);
        }
        if (seconds < 5 || seconds > 3600) {
            throw new IllegalArgumentException("Timeout must be between 5 and 3600 seconds (local models are slow "
                    + "to load; 120 is a good start)");
        }
        return new ModelSettings(url, model.get(), embeddingModel.get(), Duration.ofSeconds(seconds), enabled.get());
    }

    /** Checks and stores the form; returns false (and says why) when a value is wrong. */
    public boolean save() {
        try {
            ModelSettings settings = settings();
            file.save(settings);
            report("Saved.", false);
            return true;
        } catch (RuntimeException e) {
            report(e.getMessage(), true);
            return false;
        }
    }

    /** Saves, then asks the server in the background. */
    public void test() {
        if (!save()) {
            return;
        }
        ModelSettings settings = settings();
        if (!settings.enabled()) {
            report("AI is off: every feature uses rules. Switch it on to test the server.", false);
            return;
        }
        testing.set(true);
        report("Asking " + settings.baseUrl() + " …", false);
        background.run("Testing the model server", () -> connect.apply(settings).health(), health -> {
            testing.set(false);
            report(describe(health, settings), !health.ready());
        }, failure -> {
            testing.set(false);
            report("The test failed: " + failure.getMessage(), true);
        });
    }

    static String describe(ModelHealth health, ModelSettings settings) {
        if (!health.reachable()) {
            return health.message();
        }
        StringBuilder text = new StringBuilder("Ollama ").append(health.serverVersion() == null ? "(version unknown)"
                : health.serverVersion()).append(" · installed: ")
                .append(health.installedModels().isEmpty() ? "no models" : String.join(", ", health.installedModels()))
                .append('\n').append(health.message());
        if (!health.configuredModelPresent() && !health.message().contains("ollama pull")) {
            text.append("\nRun `ollama pull ").append(settings.model()).append('`');
        }
        return text.toString();
    }

    private void report(String text, boolean isProblem) {
        result.set(text);
        problem.set(isProblem);
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty embeddingModelProperty() {
        return embeddingModel;
    }

    public StringProperty timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** What the last Save or Test said. */
    public StringProperty resultProperty() {
        return result;
    }

    /** True when the result is a problem (shown in the danger colour, with an icon). */
    public BooleanProperty problemProperty() {
        return problem;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }
}
