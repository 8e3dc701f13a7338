package dev.quarterdeck.connectors.google.oauth;

import java.io.IOException;
import java.net.URI;

/**
 * Opens Google's sign-in page in the user's browser. The app's implementation uses {@code java.awt.Desktop}; tests
 * pass one that follows the URL with an HTTP client. When opening fails the sign-in keeps waiting: the dialog offers
 * the URL to copy into a browser by hand ({@link GoogleLogin#authorizationUrl()}).
 */
@FunctionalInterface
public interface AuthorizationBrowser {

    void open(URI authorizationUrl) throws IOException;
}
