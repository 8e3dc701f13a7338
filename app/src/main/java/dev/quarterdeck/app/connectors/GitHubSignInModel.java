package dev.quarterdeck.app.connectors;

import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.connectors.github.DeviceCode;
import dev.quarterdeck.connectors.github.DeviceFlowException;
import dev.quarterdeck.connectors.github.GitHubDeviceFlow;
import dev.quarterdeck.core.connector.ConnectorAccount;
import java.net.URI;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Sign in with GitHub" (the device flow) without controls: ask GitHub for a code, show it with the verification
 * address (opened in the browser as well), wait in the background while the user approves, then add the account
 * with the token, which goes straight into the encrypted secret store. Cancel stops the wait; each way it can end
 * (denied, expired, refused, offline) is said in words, and Sign in starts again.
 */
public final class GitHubSignInModel {

    /** Where the sign-in stands. */
    public enum Phase {
        /** Nothing asked yet, or ended: the client id can be edited and Sign in pressed. */
        READY,
        /** Asking GitHub for a code. */
        REQUESTING,
        /** The code is shown; waiting for the user to approve on GitHub. */
        WAITING,
        /** Approved: the account was added. */
        CONNECTED
    }

    /** Adds the GitHub account with the token (wiping it) and returns it; runs on a background thread. */
    @FunctionalInterface
    public interface AccountAdder {
        ConnectorAccount add(char[] token) throws Exception;
    }

    private final BackgroundTasks background;
    private final Function<String, GitHubDeviceFlow> flows;
    private final Consumer<URI> browser;
    private final AccountAdder accounts;
    private final Consumer<String> rememberClientId;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.READY);
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty userCode = new SimpleStringProperty("");
    private final StringProperty verificationUrl = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private BackgroundJob job;

    /**
     * @param flows            the device flow for a client id (github.com in the app, a local server in tests)
     * @param browser          opens the verification page; a failure only means the user opens it by hand
     * @param rememberClientId keeps a client id that signed in, for next time
     */
    public GitHubSignInModel(BackgroundTasks background, Function<String, GitHubDeviceFlow> flows,
            Consumer<URI> browser, AccountAdder accounts, String clientId, Consumer<String> rememberClientId) {
        this.background = background;
        this.flows = flows;
        this.browser = browser;
        this.accounts = accounts;
        this.rememberClientId = rememberClientId;
        this.clientId.set(clientId == null ? "" : clientId);
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    /** The code to type on GitHub, e.g. {@code WDJB-MJHT}. */
    public StringProperty userCodeProperty() {
        return userCode;
    }

    public StringProperty verificationUrlProperty() {
        return verificationUrl;
    }

    /** What is happening, in a sentence. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Why the last attempt ended without a token; empty otherwise. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Asks GitHub for a code and waits for the user's approval, all off the UI thread. */
    public void signIn() {
        String id = clientId.get() == null ? "" : clientId.get().strip();
        if (id.isEmpty()) {
            problem.set("Enter the client id of your GitHub app first (see “How to get one”).");
            return;
        }
        if (phase.get() == Phase.REQUESTING || phase.get() == Phase.WAITING) {
            return;
        }
        problem.set("");
        userCode.set("");
        verificationUrl.set("");
        phase.set(Phase.REQUESTING);
        status.set("Asking GitHub for a sign-in code…");
        GitHubDeviceFlow flow = flows.apply(id);
        job = background.run("Asking GitHub for a sign-in code", flow::start, code -> waitFor(flow, code, id),
                this::failed);
    }

    private void waitFor(GitHubDeviceFlow flow, DeviceCode code, String id) {
        userCode.set(code.userCode());
        verificationUrl.set(code.verificationUri().toString());
        phase.set(Phase.WAITING);
        status.set("Waiting for you to approve on GitHub… the account is added as soon as you do.");
        job = background.run("Waiting for GitHub sign-in", progress -> {
            openBrowser(code.verificationUri());
            char[] token = flow.awaitToken(code, progress::isCancelled, interval -> progress.update(-1,
                    "Waiting for approval on GitHub (checking every " + interval.toSeconds() + " s)"));
            try {
                return accounts.add(token);
            } finally {
                Arrays.fill(token, '\0');
            }
        }, added -> {
            phase.set(Phase.CONNECTED);
            status.set(added.displayName() + " is connected; its token is stored encrypted.");
            rememberClientId.accept(id);
        }, this::failed);
    }

    private void openBrowser(URI page) {
        try {
            browser.accept(page);
        } catch (RuntimeException e) {
            // The page is shown with Copy; the user can open it by hand.
        }
    }

    private void failed(Throwable failure) {
        phase.set(Phase.READY);
        userCode.set("");
        status.set("");
        problem.set(failure instanceof DeviceFlowException e ? e.getMessage()
                : "Sign-in with GitHub failed: " + failure.getMessage());
    }

    /** Stops waiting; nothing is stored. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
        if (phase.get() == Phase.REQUESTING || phase.get() == Phase.WAITING) {
            phase.set(Phase.READY);
            userCode.set("");
            status.set("");
            problem.set("Sign-in with GitHub was cancelled.");
        }
    }
}
