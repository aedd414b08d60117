package org.fxtriage.service.results;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A storage SCP our results go to, written {@code AET@host:port}. The AE title follows PS3.5 §6.2 (AE VR:
 * 1–16 characters, no backslash or control characters, not all spaces); an IPv6 host goes in brackets.
 */
public record Destination(String aeTitle, String host, int port) {
    private static final Pattern FORM = Pattern.compile("([^@]{1,16})@(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+):(\\d{1,5})");

    public Destination {
        if (aeTitle == null || aeTitle.isBlank() || aeTitle.length() > 16 || aeTitle.chars().anyMatch(ch -> ch < 0x20 || ch == '\\' || ch > 0x7e)) {
            throw new IllegalArgumentException("destination AE title must be 1-16 printable characters without a backslash: '" + aeTitle + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("destination port must be 1-65535, got " + port);
        }
    }

    /**
     * Parses {@code AET@host:port}.
     *
     * @throws IllegalArgumentException naming the entry and the expected form
     */
    public static Destination parse(String text) {
        String s = text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("results destination '" + text + "' is not AET@host:port (e.g. PACS@10.0.0.5:104)");
        }
        String host = m.group(2);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        return new Destination(m.group(1).strip(), host, Integer.parseInt(m.group(3)));
    }

    /** The form it was configured in; the outbox rows name their destination by it. */
    public String key() {
        return aeTitle + "@" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return key();
    }
}
