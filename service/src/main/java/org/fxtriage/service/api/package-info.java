/**
 * HTTP API under {@code /api/v1} (JSON; errors as {@code application/problem+json}, RFC 9457). The acting
 * user comes from the {@code X-User} header ({@link org.fxtriage.service.api.WorklistController#USER_HEADER})
 * until authentication replaces it with the authenticated principal.
 */
package org.fxtriage.service.api;
