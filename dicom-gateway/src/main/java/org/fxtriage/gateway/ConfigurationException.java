package org.fxtriage.gateway;

/** A configuration value is missing or malformed; the message names the key and what is expected. */
public final class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
