/**
 * HTTP authentication and roles (DESIGN §7). Accounts live in the database ({@code app_user}, {@code api_token},
 * migration V2). Browsers log in with a form ({@code POST /login}) and get an in-memory session cookie
 * ({@link org.fxtriage.service.security.BrowserSessions}); API clients send HTTP Basic or
 * {@code Authorization: Bearer <api token>}. Roles: {@link org.fxtriage.service.security.Roles}. There is no
 * default password: the first start creates {@code admin} with {@code FXTRIAGE_ADMIN_PASSWORD} or a random
 * password printed once to stdout ({@link org.fxtriage.service.security.AdminBootstrap}).
 */
package org.fxtriage.service.security;
