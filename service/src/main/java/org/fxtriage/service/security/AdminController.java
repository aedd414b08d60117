package org.fxtriage.service.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Accounts, ADMIN only: {@code POST /api/v1/admin/users} {username, password, roles};
 * {@code POST /api/v1/admin/tokens} {owner?, roles} → the token, shown once; {@code GET /api/v1/admin/tokens};
 * {@code DELETE /api/v1/admin/tokens/{id}} revokes.
 */
@Controller("/api/v1/admin")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminController {
    private final AccountStore accounts;

    public AdminController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Serdeable
    public record NewUser(String username, String password, List<String> roles) {
    }

    @Serdeable
    public record NewToken(@Nullable String owner, List<String> roles) {
    }

    /** The secret is in this response only. */
    @Serdeable
    public record CreatedToken(String token, String owner, List<String> roles) {
    }

    @Post("/users")
    public HttpResponse<AccountStore.Account> createUser(@Body NewUser u) {
        return HttpResponse.created(accounts.createUser(u.username(), u.password(), u.roles()));
    }

    @Post("/tokens")
    public HttpResponse<CreatedToken> createToken(@Body NewToken t, Authentication admin) {
        String owner = t.owner() == null || t.owner().isBlank() ? admin.getName() : t.owner().strip();
        List<String> roles = Roles.parse(t.roles());
        return HttpResponse.created(new CreatedToken(accounts.createToken(owner, roles), owner, roles));
    }

    @Get("/tokens")
    public List<AccountStore.TokenInfo> tokens() {
        return accounts.tokens();
    }

    @Delete("/tokens/{id}")
    public HttpResponse<?> revoke(@PathVariable String id) {
        if (!accounts.revokeToken(id)) {
            throw new org.fxtriage.service.api.NotFoundException("no active token " + id);
        }
        return HttpResponse.noContent();
    }
}
