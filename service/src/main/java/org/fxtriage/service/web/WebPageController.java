package org.fxtriage.service.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The worklist page at {@code /} (signed-in users; a browser without a session is sent to {@code /login}), its
 * few assets under {@code /ui/} (no patient data: open to all), and {@code GET /api/v1/me}, who the page is
 * signed in as. Only the files named here are served (no path from the request reaches the class loader).
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public class WebPageController {
    /** The signed-in user, for the page header. */
    @Serdeable
    public record Me(String name, List<String> roles) {
    }

    private static final Map<String, String> ASSETS = Map.of(
            "worklist.css", "text/css; charset=utf-8",
            "worklist.js", "text/javascript; charset=utf-8");

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<byte[]> index() {
        return HttpResponse.ok(resource("index.html")).contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache");
    }

    @Get("/api/v1/me")
    public Me me(Authentication user) {
        return new Me(user.getName(), List.copyOf(user.getRoles()));
    }

    @Get("/ui/{name}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<byte[]> asset(@PathVariable String name) {
        String type = ASSETS.get(name);
        if (type == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(resource(name)).contentType(type).header("Cache-Control", "no-cache");
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebPageController.class.getResourceAsStream("/public/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web asset missing from the jar: public/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
