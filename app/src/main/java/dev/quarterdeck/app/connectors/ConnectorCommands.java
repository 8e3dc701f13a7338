package dev.quarterdeck.app.connectors;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.connector.SyncOutcome;
import dev.quarterdeck.core.ingest.IngestResult;
import dev.quarterdeck.core.ingest.IngestionPipeline;
import dev.quarterdeck.core.ingest.ItemFileException;
import dev.quarterdeck.core.ingest.ItemFileProblem;
import dev.quarterdeck.core.ingest.ItemFileReader;
import dev.quarterdeck.core.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The headless connector commands, {@code --ingest FILE} and {@code --sync}, on an open store. Each prints its
 * result and returns the exit status: 0 when everything worked, 1 otherwise.
 */
public final class ConnectorCommands {

    public static final Actor FILE_ACTOR = Actor.connector("file");

    private final Clock clock;

    public ConnectorCommands(Clock clock) {
        this.clock = clock;
    }

    /** Reads an items file and ingests it in one transaction; a malformed file changes nothing. */
    public int ingest(Store store, Path file, PrintStream out, PrintStream err) {
        IngestResult result;
        try {
            result = importFile(store, file);
        } catch (ItemFileException e) {
            err.println(file + " was not imported; nothing was changed:");
            for (ItemFileProblem problem : e.problems()) {
                err.println("  " + file.getFileName() + ":" + problem);
            }
            return 1;
        } catch (IOException e) {
            err.println("Could not read " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Imported " + file.getFileName() + ": " + result.created() + " created, " + result.updated()
                + " updated, " + result.linked() + " linked (" + result.unchanged() + " unchanged, "
                + result.duplicates() + (result.duplicates() == 1 ? " duplicate, " : " duplicates, ")
                + result.closed() + " closed)");
        return 0;
    }

    /** The file import behind both the command line and the connectors view. */
    public IngestResult importFile(Store store, Path file) throws IOException, ItemFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ItemFileException(file.getFileName().toString(),
                    List.of(new ItemFileProblem(1, "the file is not UTF-8 text")));
        }
        ItemFileReader.Contents contents = ItemFileReader.read(file.getFileName().toString(), text, clock.instant());
        return new IngestionPipeline(clock).ingest(store, FILE_ACTOR, contents.batch());
    }

    /** Syncs every connected account, one line each. */
    public int sync(Store store, SecretStore secrets, PrintStream out) {
        ConnectorAccounts accounts = new ConnectorAccounts(store, new ConnectorFactory(secrets, clock), clock);
        List<ConnectorAccount> syncable = accounts.syncable();
        if (syncable.isEmpty()) {
            out.println("No connected accounts to sync (add one in the Connectors view).");
            return 0;
        }
        boolean allOk = true;
        for (ConnectorAccount account : syncable) {
            SyncOutcome outcome = accounts.sync(account);
            out.println(outcome.describe());
            allOk &= outcome.ok();
        }
        return allOk ? 0 : 1;
    }
}
