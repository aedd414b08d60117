package org.fxtriage.service.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.fxtriage.service.worklist.StudyNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Our typed errors as {@code application/problem+json} (RFC 9457) with a message a user can act on. */
@Singleton
@Produces("application/problem+json")
public class ProblemHandler implements ExceptionHandler<RuntimeException, HttpResponse<ProblemHandler.Problem>> {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    /** RFC 9457 problem details. */
    @Serdeable
    public record Problem(String type, String title, int status, String detail, String instance) {
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException e) {
        HttpStatus status;
        if (e instanceof StudyNotFoundException || e instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            status = HttpStatus.CONFLICT;
        } else if (e instanceof UnprocessableImageException) {
            status = HttpStatus.UNPROCESSABLE_ENTITY;
        } else if (e instanceof IllegalArgumentException) {
            status = HttpStatus.BAD_REQUEST;
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            log.error("{} {} failed", request.getMethod(), request.getPath(), e);
        }
        String detail = status == HttpStatus.INTERNAL_SERVER_ERROR && !(e instanceof IllegalStateException)
                ? "internal error; see the service log" : e.getMessage();
        Problem p = new Problem("about:blank", status.getReason(), status.getCode(), detail, request.getPath());
        return HttpResponse.<Problem>status(status).contentType(PROBLEM_JSON).body(p);
    }
}
