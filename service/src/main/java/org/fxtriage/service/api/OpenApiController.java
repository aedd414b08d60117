package org.fxtriage.service.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code GET /openapi.yml}: the API's OpenAPI 3 description. Hand-written (resource {@code openapi/fxtriage.yml})
 * rather than generated; {@code OpenApiDocumentTest} checks that it lists exactly the {@code /api/v1} routes.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class OpenApiController {
    public static final String RESOURCE = "/openapi/fxtriage.yml";

    @Get(value = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<byte[]> document() throws IOException {
        try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the service jar");
            }
            return HttpResponse.ok(in.readAllBytes());
        }
    }
}
