package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.ai.AiSettingsFile;
import dev.quarterdeck.app.shell.WorkspaceOpening;
import dev.quarterdeck.connectors.ollama.OllamaLanguageModel;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.briefing.BriefingService;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;

/**
 * The work of {@code --briefing KIND}: open the store, compose the briefing from the workspace as it is now — written
 * by the language model from the rules' facts when AI is on and it answers well, by the rules otherwise; its header
 * says which — and return its Markdown for the command line to print. Nothing is stored, except the demo workspace with
 * {@code --demo} on an empty store.
 */
public final class BriefingCommand implements HeadlessSetup {

    private final HostEnvironment host;
    private final Clock clock;
    private final BriefingKind kind;

    public BriefingCommand(HostEnvironment host, Clock clock, BriefingKind kind) {
        this.host = host;
        this.clock = clock;
        this.kind = kind;
    }

    @Override
    public String run(LaunchOptions options) {
        try (Store store = Store.open(StoreSetup.storeConfig(options, host), clock)) {
            if (options.demo() && store.isEmpty()) {
                WorkspaceOpening.importDemo(store, clock);
            }
            LanguageModel model = OllamaLanguageModel.fromSettings(new AiSettingsFile(options.dataDir()).load());
            Briefing briefing = new BriefingService(store, model).compose(kind, clock);
            return briefing.markdown().stripTrailing();
        }
    }
}
