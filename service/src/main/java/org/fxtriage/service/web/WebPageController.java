package org.fxtriage.service.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The worklist page at {@code /} and its few assets under {@code /ui/}. Only the files named here are served
 * (no path from the request ever reaches the class loader).
 */
@Controller
public class WebPageController {
    private static final Map<String, String> ASSETS = Map.of(
            "worklist.css", "text/css; charset=utf-8",
            "worklist.js", "text/javascript; charset=utf-8");

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<byte[]> index() {
        return HttpResponse.ok(resource("index.html")).contentType("text/html; charset=utf-8")
                .header("Cache-Control", "no-cache");
    }

    @Get("/ui/{name}")
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
