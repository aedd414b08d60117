package org.fxtriage.service.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic (RFC 7617) against {@code app_user}; Micronaut runs blocking providers off the event loop.
 * Basic sends the password with every request and PBKDF2 costs ~0.1 s of CPU by design, so a successful
 * check is remembered for {@link #REMEMBER_MS} under a salted SHA-256 of the credentials (never the
 * password itself); a failed one is never cached.
 */
@Singleton
public class PasswordAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {
    static final long REMEMBER_MS = 60_000;
    private static final int MAX_REMEMBERED = 1000;
    private static final String SALT = java.util.UUID.randomUUID().toString();

    private record Remembered(AccountStore.Account account, long untilMs) {
    }

    private final AccountStore accounts;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    public PasswordAuthenticationProvider(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> auth) {
        String key = AccountStore.sha256(SALT + '\0' + auth.getIdentity() + '\0' + auth.getSecret());
        long now = System.currentTimeMillis();
        Remembered r = remembered.get(key);
        Optional<AccountStore.Account> account;
        if (r != null && r.untilMs() > now) {
            account = Optional.of(r.account());
        } else {
            account = accounts.verifyPassword(auth.getIdentity(), auth.getSecret());
            if (account.isPresent()) {
                if (remembered.size() >= MAX_REMEMBERED) {
                    remembered.clear();
                }
                remembered.put(key, new Remembered(account.get(), now + REMEMBER_MS));
            }
        }
        return account.map(a -> AuthenticationResponse.success(a.name(), a.roles()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
