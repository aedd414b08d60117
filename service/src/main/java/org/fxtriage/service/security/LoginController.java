package org.fxtriage.service.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser's form login: {@code GET /login} (page {@code views/login.html}), {@code POST /login}
 * (form fields {@code username}, {@code password}) → 303 to {@code /} with the session cookie, or 303 to
 * {@code /login?error}; {@code POST /logout} ends the session → 303 to {@code /login}. The cookie is
 * HttpOnly and SameSite=Strict (no cross-site request carries it, which is our CSRF defence).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class LoginController {
    private static final Logger log = LoggerFactory.getLogger(LoginController.class);
    private final AccountStore accounts;
    private final BrowserSessions sessions;

    public LoginController(AccountStore accounts, BrowserSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    public HttpResponse<String> page() throws IOException {
        try (InputStream in = LoginController.class.getResourceAsStream("/views/login.html")) {
            if (in == null) {
                throw new IllegalStateException("views/login.html is missing from the service jar");
            }
            return HttpResponse.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .header("Cache-Control", "no-store");
        }
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> form) {
        String user = form.get("username");
        var account = accounts.verifyPassword(user == null ? null : user.strip(), form.get("password"));
        if (account.isEmpty()) {
            log.info("form login failed from {}", request.getRemoteAddress().getAddress().getHostAddress());
            return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/login?error")));
        }
        String id = sessions.open(Authentication.build(account.get().name(), account.get().roles()));
        Cookie c = Cookie.of(BrowserSessions.COOKIE, id).path("/").httpOnly(true).sameSite(SameSite.Strict)
                .secure(request.isSecure());
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/"))).cookie(c);
    }

    @Post(value = "/logout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    public HttpResponse<?> logout(@CookieValue(BrowserSessions.COOKIE) @Nullable String session) {
        if (session != null) {
            sessions.close(session);
        }
        Cookie gone = Cookie.of(BrowserSessions.COOKIE, "").path("/").httpOnly(true).sameSite(SameSite.Strict).maxAge(0);
        return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/login"))).cookie(gone);
    }
}
