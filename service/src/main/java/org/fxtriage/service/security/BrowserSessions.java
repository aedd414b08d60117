package org.fxtriage.service.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions of the form login: an unguessable id (32 random bytes) → the authenticated user, in
 * memory (a restart logs everyone out, which is acceptable for a triage screen) and dropped after an idle
 * timeout ({@code fxtriage.security.session-idle-timeout}, default 8h: one shift).
 */
@Singleton
public class BrowserSessions {
    public static final String COOKIE = "FXTRIAGE_SESSION";
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Session(Authentication user, long lastUsedMs) {
    }

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final long idleMs;

    public BrowserSessions(@Value("${fxtriage.security.session-idle-timeout:8h}") Duration idle) {
        this.idleMs = idle.toMillis();
    }

    public String open(Authentication user) {
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        long now = System.currentTimeMillis();
        sessions.values().removeIf(s -> now - s.lastUsedMs() > idleMs);
        sessions.put(key, new Session(user, now));
        return key;
    }

    public Optional<Authentication> find(String id) {
        long now = System.currentTimeMillis();
        Session s = sessions.computeIfPresent(id, (k, v) -> now - v.lastUsedMs() > idleMs ? null : new Session(v.user(), now));
        return s == null ? Optional.empty() : Optional.of(s.user());
    }

    public void close(String id) {
        sessions.remove(id);
    }
}
