/**
 * HTTP API under {@code /api/v1} (JSON; errors as {@code application/problem+json}, RFC 9457). Every route
 * needs an authenticated user ({@code org.fxtriage.service.security}); worklist actions are audited under
 * the principal's name.
 */
package org.fxtriage.service.api;
