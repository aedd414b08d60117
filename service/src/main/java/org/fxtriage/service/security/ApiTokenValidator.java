package org.fxtriage.service.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code Authorization: Bearer <token>} (RFC 6750) against {@code api_token}; the database read runs off the event loop. */
@Singleton
public class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {
    private final AccountStore accounts;
    private final ExecutorService blocking;

    public ApiTokenValidator(AccountStore accounts, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.accounts = accounts;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return Mono.fromCallable(() -> accounts.verifyToken(token)
                        .map(a -> Authentication.build(a.name(), a.roles())).orElse(null))
                .subscribeOn(Schedulers.fromExecutorService(blocking));
    }
}
