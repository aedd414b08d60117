package org.fxtriage.service.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

/** HTTP Basic (RFC 7617) against {@code app_user}; Micronaut runs blocking providers off the event loop. */
@Singleton
public class PasswordAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {
    private final AccountStore accounts;

    public PasswordAuthenticationProvider(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> auth) {
        return accounts.verifyPassword(auth.getIdentity(), auth.getSecret())
                .map(a -> AuthenticationResponse.success(a.name(), a.roles()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
