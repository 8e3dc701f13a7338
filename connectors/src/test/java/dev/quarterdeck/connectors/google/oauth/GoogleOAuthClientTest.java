package dev.quarterdeck.connectors.google.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class GoogleOAuthClientTest {

    private static final String DOWNLOADED = """
            {"installed":{"client_id":"987654321-abc.apps.googleusercontent.com","project_id":"quarterdeck-mia",
            "auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token",
            "auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs",
            "client_secret":"GOCSPX-abcdefghijklmnopqrstuvwxyz12","redirect_uris":["http://localhost"]}}
            """;

    @Test
    void readsTheJsonThatCloudConsoleDownloadsForADesktopApp() {
        GoogleOAuthClient client = GoogleOAuthClient.fromJson(DOWNLOADED);

        assertThat(client.clientId()).isEqualTo("987654321-abc.apps.googleusercontent.com");
        assertThat(client.clientSecret()).isEqualTo("GOCSPX-abcdefghijklmnopqrstuvwxyz12");
        assertThat(client.authUri()).isEqualTo(URI.create("https://accounts.google.com/o/oauth2/auth"));
        assertThat(client.tokenUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/token"));
        assertThat(client.toString()).doesNotContain("GOCSPX");
        GoogleOAuthClient again = GoogleOAuthClient.fromJson(client.toJson());
        assertThat(again.clientSecret()).isEqualTo(client.clientSecret());
        assertThat(again.tokenUri()).isEqualTo(client.tokenUri());
    }

    @Test
    void refusesOtherKindsOfCredentialsWithAMessageThatSaysWhatToCreate() {
        assertThatThrownBy(() -> GoogleOAuthClient.fromJson(DOWNLOADED.replace("\"installed\"", "\"web\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Web application\"")
                .hasMessageContaining("\"Desktop app\"");
        assertThatThrownBy(() -> GoogleOAuthClient.fromJson("{\"type\":\"service_account\",\"private_key\":\"x\"}"))
                .hasMessageContaining("service-account key");
        assertThatThrownBy(() -> GoogleOAuthClient.fromJson("not json at all"))
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> GoogleOAuthClient.fromJson(DOWNLOADED.replace(
                "\"client_secret\":\"GOCSPX-abcdefghijklmnopqrstuvwxyz12\",", "")))
                .hasMessageContaining("client_secret");
    }

    @Test
    void endpointsMustBeHttpsExceptOnThisMachinesLoopback() {
        assertThatThrownBy(() -> GoogleOAuthClient.fromJson(DOWNLOADED.replace("https://oauth2.googleapis.com/token",
                "http://oauth2.googleapis.com/token")))
                .hasMessageContaining("\"token_uri\" must be an https:// URL");
        assertThatThrownBy(() -> GoogleOAuthClient.fromJson(DOWNLOADED.replace("https://accounts.google.com",
                "http://192.168.1.20")))
                .hasMessageContaining("\"auth_uri\"");
        GoogleOAuthClient local = GoogleOAuthClient.fromJson(DOWNLOADED.replace("https://oauth2.googleapis.com",
                "http://127.0.0.1:8080"));
        assertThat(local.tokenUri().getPort()).isEqualTo(8080);
    }

    @Test
    void grantedScopesAreReadFromTheTokenResponse() {
        assertThat(GoogleScope.granted("https://www.googleapis.com/auth/gmail.readonly openid "
                + "https://www.googleapis.com/auth/drive.metadata.readonly", GoogleAuthorization.SCOPES))
                .containsExactlyInAnyOrder(GoogleScope.GMAIL, GoogleScope.DRIVE);
        assertThat(GoogleScope.granted(null, GoogleAuthorization.SCOPES)).containsExactlyInAnyOrder(
                GoogleScope.values());
        assertThat(GoogleScope.granted("https://www.googleapis.com/auth/calendar", GoogleAuthorization.SCOPES))
                .as("a broader scope is not the read-only one we asked for").isEmpty();
    }
}
