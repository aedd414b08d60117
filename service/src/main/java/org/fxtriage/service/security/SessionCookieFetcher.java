package org.fxtriage.service.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** The session cookie of the form login → the logged-in user (no I/O: sessions are in memory). */
@Singleton
public class SessionCookieFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private final BrowserSessions sessions;

    public SessionCookieFetcher(BrowserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return Mono.justOrEmpty(request.getCookies().findCookie(BrowserSessions.COOKIE)
                .map(Cookie::getValue).flatMap(sessions::find));
    }
}
