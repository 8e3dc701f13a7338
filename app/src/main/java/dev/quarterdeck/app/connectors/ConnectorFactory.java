package dev.quarterdeck.app.connectors;

import dev.quarterdeck.connectors.github.GitHubConfig;
import dev.quarterdeck.connectors.github.GitHubConnector;
import dev.quarterdeck.connectors.google.GoogleApiConfig;
import dev.quarterdeck.connectors.google.GoogleCalls;
import dev.quarterdeck.connectors.google.calendar.CalendarConnector;
import dev.quarterdeck.connectors.google.drive.DriveConnector;
import dev.quarterdeck.connectors.google.gmail.GmailConnector;
import dev.quarterdeck.connectors.google.oauth.GoogleAuthorization;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.jira.JiraConfig;
import dev.quarterdeck.connectors.jira.JiraConnector;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.Connector;
import dev.quarterdeck.core.connector.ConnectorAccount;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.FetchResult;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.task.SourceKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Builds the {@link Connector} of a stored account from its settings and the secret store. */
public final class ConnectorFactory {

    private final SecretStore secrets;
    private final Clock clock;

    public ConnectorFactory(SecretStore secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    public SecretStore secrets() {
        return secrets;
    }

    /** The account's connector; one that explains what is missing when its settings are gone. */
    public Connector connectorFor(ConnectorAccount account) {
        Optional<AccountSettings> settings = AccountSettings.load(secrets, account.id());
        if (settings.isEmpty()) {
            return new Unconfigured(account);
        }
        AccountSettings s = settings.get();
        String token = AccountSettings.token(account.id());
        return switch (account.kind()) {
            case GITHUB -> new GitHubConnector(new GitHubConfig(s.baseUrl(), token, 100, Duration.ofSeconds(30)),
                    secrets, ApiClient.standard("GitHub"), clock);
            case JIRA -> new JiraConnector(JiraConfig.cloud(s.baseUrl(), s.email(), token), secrets,
                    ApiClient.standard("Jira"), clock);
            case GMAIL -> new GmailConnector(google(s, GoogleApiConfig.gmail()), calls("Gmail", s), clock);
            case CALENDAR -> new CalendarConnector(google(s, GoogleApiConfig.calendar()), calls("Calendar", s),
                    clock);
            case DRIVE -> new DriveConnector(google(s, GoogleApiConfig.drive()), calls("Drive", s), clock);
            default -> new Unconfigured(account);
        };
    }

    private static GoogleApiConfig google(AccountSettings settings, GoogleApiConfig standard) {
        return settings.baseUrl() == null ? standard : new GoogleApiConfig(settings.baseUrl(), standard.pageSize());
    }

    private GoogleCalls calls(String service, AccountSettings settings) {
        return GoogleCalls.standard(service, GoogleAuthorization.standard(secrets, settings.googleSignIn()));
    }

    /** An account whose settings were lost (a new secrets file): every call asks the user to reconnect. */
    private record Unconfigured(ConnectorAccount account) implements Connector {

        @Override
        public SourceKind kind() {
            return account.kind();
        }

        @Override
        public String displayName() {
            return account.displayName();
        }

        @Override
        public ConnectionCheck test() {
            return ConnectionCheck.failed(failure());
        }

        @Override
        public FetchResult fetch(String cursor) throws ConnectorException {
            throw failure();
        }

        @Override
        public void disconnect() {
        }

        private ConnectorException failure() {
            return new ConnectorException(ConnectorException.Kind.AUTH_REQUIRED,
                    account.displayName() + " has no saved connection settings; connect it again");
        }
    }
}
