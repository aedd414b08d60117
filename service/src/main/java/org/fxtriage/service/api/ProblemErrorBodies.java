package org.fxtriage.service.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Micronaut's own errors (unknown route, a query value that is not a number, a missing body…) as
 * {@code application/problem+json} too, so every error of the API has one shape.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemErrorBodies implements JsonErrorResponseBodyProvider<ProblemHandler.Problem> {

    @Override
    public ProblemHandler.Problem body(ErrorContext context, HttpResponse<?> response) {
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (detail.isBlank()) {
            detail = response.reason();
        }
        return new ProblemHandler.Problem("about:blank", response.reason(), response.code(), detail,
                context.getRequest().getPath());
    }

    @Override
    public String contentType() {
        return ProblemHandler.PROBLEM_JSON.toString();
    }
}
