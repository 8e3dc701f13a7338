package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.document.DocumentFindings;
import dev.quarterdeck.core.document.DocumentLibrary;
import dev.quarterdeck.core.store.Store;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * "Analyse" for an attached document: reads its extracted text with the model or the rules
 * ({@link DocumentAgent#read}), turns the findings into pending proposals for the Inbox through the same path as the
 * other agents ({@link AgentService}: preferences adjust and filter them, ones already pending or rejected are left
 * out, proposals and the run log are stored in one transaction), then keeps the findings with the document. A
 * cancelled analysis stores nothing. Synchronous; the app calls it from a background job.
 */
public final class DocumentAnalysisService {

    private final Store store;
    private final DocumentLibrary library;
    private final AgentModel model;
    private final Clock clock;

    public DocumentAnalysisService(Store store, DocumentLibrary library, AgentModel model, Clock clock) {
        this.store = Require.present(store, "store");
        this.library = Require.present(library, "library");
        this.model = Require.present(model, "model");
        this.clock = Require.present(clock, "clock");
    }

    /** What one analysis produced: the findings, the proposals stored, the run log entry and how many were left out. */
    public record Result(Document document, DocumentFindings findings, List<Proposal> proposals, AgentRun run,
            int alreadyRejected) {

        public Result {
            proposals = List.copyOf(proposals);
        }
    }

    /**
     * @throws IllegalStateException  when the document has no extracted text
     * @throws CancellationException  when {@code cancelled} says so before anything is stored
     * @throws IOException            when the findings cannot be saved beside the document
     */
    public Result analyse(Document document, BooleanSupplier cancelled) throws IOException {
        Require.present(document, "document");
        String text = library.text(document).filter(t -> !t.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No text was extracted from " + document.fileName() + ", so there is nothing to analyse (text "
                        + "comes from PDF, TXT, MD and CSV files)."));
        DocumentAgent.Reading reading = DocumentAgent.read(document, text, model, clock);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Analysis cancelled; nothing was stored");
        }
        AgentService.RunSummary summary = new AgentService(store, List.of(new DocumentAgent(document, reading)))
                .run(clock, cancelled);
        library.saveAnalysis(document, reading.findings());
        return new Result(document, reading.findings(), summary.proposals(), summary.runs().get(0),
                summary.alreadyRejected());
    }
}
