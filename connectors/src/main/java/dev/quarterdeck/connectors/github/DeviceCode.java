package dev.quarterdeck.connectors.github;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What GitHub answers to a device-code request: the code the user types at {@code verificationUri}, the device
 * code we poll with (never shown), when both expire, and the least time between polls.
 */
public record DeviceCode(String deviceCode, String userCode, URI verificationUri, Instant expiresAt,
        Duration interval) {

    @Override
    public String toString() {
        // The device code can be exchanged for a token until it expires: keep it out of logs.
        return "DeviceCode[userCode=" + userCode + ", verificationUri=" + verificationUri + ", expiresAt=" + expiresAt
                + ", interval=" + interval + "]";
    }
}
