/**
 * The fxtriage service (Micronaut): one process that runs the DICOM gateway, the durable job queue and
 * its inference workers, the worklist and its push stream, and the REST API.
 *
 * <ul>
 *   <li>{@code ingest}: the gateway's {@code StoreHandler} port (instance row + job row in one transaction)
 *       and the in-process {@code GatewayServer}.</li>
 *   <li>{@code jobs}: the job queue (portable claim, retries, crash recovery) and the bounded worker pool.</li>
 *   <li>{@code analysis}: stored DICOM file → display raster → prediction; the loaded model.</li>
 *   <li>{@code worklist}: the {@code WorklistService} facade, study aggregation and ordering, actions
 *       and audit trail, the change log behind the SSE stream.</li>
 *   <li>{@code api}: HTTP controllers under {@code /api/v1} and problem+json errors.</li>
 *   <li>{@code db}: the transaction helper and SQL dialect differences (H2 embedded, PostgreSQL).</li>
 *   <li>{@code security}: users, API tokens, roles, the form login and its session cookie.</li>
 *   <li>{@code analyses}: the test-image analysis API (in memory, never on the worklist).</li>
 *   <li>{@code metrics}: Micrometer meters (Prometheus) and the model health indicator.</li>
 * </ul>
 */
package org.fxtriage.service;
