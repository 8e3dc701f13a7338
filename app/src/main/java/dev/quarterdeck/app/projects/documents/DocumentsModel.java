package dev.quarterdeck.app.projects.documents;

import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.JobState;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.core.agent.AgentModel;
import dev.quarterdeck.core.agent.DocumentAnalysisService;
import dev.quarterdeck.core.ai.NoLanguageModel;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.document.DocumentLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Documents tab's state and commands; copying, hashing, text extraction and analysis run in background jobs.
 */
public final class DocumentsModel {

    private final ProjectTabContext context;
    private final Path dataFolder;
    private final Supplier<AgentModel> agentModel;
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(this, "analysing", false);
    private final ReadOnlyStringWrapper analysisStep = new ReadOnlyStringWrapper(this, "analysisStep", "");
    private BackgroundJob analysisJob;
    private final ReadOnlyObjectWrapper<List<DocumentRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows",
            List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public DocumentsModel(ProjectTabContext context, Path dataFolder, Supplier<AgentModel> agentModel) {
        this.context = context;
        this.dataFolder = dataFolder;
        this.agentModel = agentModel;
    }

    /** The library over the open store; background threads only. */
    private DocumentLibrary library() {
        Path folder = dataFolder != null ? dataFolder : DocumentFolder.of(context.store().config());
        return new DocumentLibrary(context.store(), folder, context.clock(), context.actor());
    }

    public void load() {
        context.background().run("Loading documents", () -> {
            DocumentLibrary library = library();
            return library.list(context.projectId()).stream()
                    .map(d -> new DocumentRow(d, library.textSize(d), library.analysis(d).orElse(null))).toList();
        }, loaded -> {
            problem.set("");
            rows.set(loaded);
        }, failure -> problem.set("Could not load the documents: " + failure.getMessage()));
    }

    public ReadOnlyObjectProperty<List<DocumentRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Attaches the files one by one; reports how many made it and why the others did not. */
    public void attach(List<Path> files, Consumer<String> onDone) {
        if (files.isEmpty()) {
            return;
        }
        context.background().run("Attaching " + files.size() + (files.size() == 1 ? " file" : " files"), progress -> {
            DocumentLibrary library = library();
            int attached = 0;
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < files.size() && !progress.isCancelled(); i++) {
                Path file = files.get(i);
                progress.update((double) i / files.size(), file.getFileName().toString());
                try {
                    library.attach(context.projectId(), file);
                    attached++;
                } catch (Exception e) {
                    failed.add(file.getFileName() + " (" + e.getMessage() + ")");
                }
            }
            String message = "Attached " + attached + (attached == 1 ? " file" : " files");
            return failed.isEmpty() ? message : message + "; not attached: " + String.join(", ", failed);
        }, message -> {
            load();
            context.onChanged().run();
            onDone.accept(message);
        }, failure -> problem.set("Could not attach: " + failure.getMessage()));
    }

    public void remove(Document document, Runnable onDone) {
        context.background().run("Removing document", () -> {
            library().remove(document);
            return null;
        }, done -> {
            load();
            context.onChanged().run();
            onDone.run();
        }, failure -> problem.set("Could not remove " + document.title() + ": " + failure.getMessage()));
    }

    public void open(Document document) {
        context.background().run("Opening " + document.fileName(), () -> {
            SystemViewer.open(library().file(document));
            return null;
        }, done -> { }, failure -> problem.set("Could not open " + document.fileName() + ": "
                + failure.getMessage()));
    }

    /**
     * Analyses the document in the background: summary, dates, action items and risks, by the model when AI is on and
     * it answers, else by rules; the findings become pending proposals in the Inbox. Cancel stores nothing.
     */
    public void analyse(Document document, Consumer<DocumentAnalysisService.Result> onDone,
            Consumer<String> onNotice) {
        if (analysing.get()) {
            return;
        }
        analysing.set(true);
        analysisStep.set("Reading " + document.fileName() + " …");
        analysisJob = context.background().run("Analysing " + document.fileName(), progress -> {
            AgentModel model = agentModel.get();
            boolean rules = model.model() instanceof NoLanguageModel;
            String step = rules ? "finding dates, action items and risks by rules"
                    : "asking " + model.name() + " (rules if it cannot answer)";
            progress.update(-1, step);
            return new DocumentAnalysisService(context.store(), library(), model, context.clock())
                    .analyse(document, progress::isCancelled);
        }, result -> {
            finishAnalysis();
            load();
            context.onChanged().run();
            onDone.accept(result);
        }, failure -> {
            finishAnalysis();
            onNotice.accept(failure instanceof CancellationException ? "Analysis cancelled; nothing was stored."
                    : "Could not analyse " + document.fileName() + ": " + failure.getMessage());
        });
        analysisJob.messageProperty().addListener((obs, old, step) -> {
            if (analysing.get() && step != null && !step.isBlank()) {
                analysisStep.set(Character.toUpperCase(step.charAt(0)) + step.substring(1) + " …");
            }
        });
        analysisJob.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.CANCELLED) {
                finishAnalysis();
                onNotice.accept("Analysis cancelled; nothing was stored.");
            }
        });
    }

    /** Stops a running analysis; what it found so far is not stored. */
    public void cancelAnalysis() {
        if (analysisJob != null) {
            analysisJob.cancel();
        }
    }

    private void finishAnalysis() {
        analysing.set(false);
        analysisStep.set("");
        analysisJob = null;
    }

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    /** What the running analysis is doing, for the line beside its progress indicator. */
    public ReadOnlyStringProperty analysisStepProperty() {
        return analysisStep.getReadOnlyProperty();
    }

    /** The extracted text for the preview (at most {@code limit} characters), or why there is none. */
    public void text(Document document, int limit, Consumer<String> onText) {
        context.background().run("Reading " + document.fileName(), () -> library().text(document)
                .map(t -> t.length() > limit ? t.substring(0, limit) + "\n…" : t)
                .orElse("No text was extracted from this file (text comes from PDF, TXT, MD and CSV)."), onText,
                failure -> onText.accept("Could not read the text: " + failure.getMessage()));
    }
}
