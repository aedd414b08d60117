/**
 * Micrometer meters (Prometheus at {@code /prometheus}, ADMIN only) and health indicators. Names (Prometheus
 * form in brackets):
 * <ul>
 *   <li>{@code fxtriage.dicom.associations.active} gauge, {@code fxtriage.dicom.associations} counter
 *       tagged {@code outcome=accepted|rejected};</li>
 *   <li>{@code fxtriage.dicom.instances} counter tagged {@code outcome=recorded|duplicate|full|error};
 *       {@code fxtriage.dicom.received.bytes} counter;</li>
 *   <li>{@code fxtriage.jobs.unfinished} gauge (queued + running rows of the job table);</li>
 *   <li>{@code fxtriage.inference.stage} timer tagged {@code stage=decode|queue|preprocess|infer|postprocess},
 *       {@code source=worklist|api}; {@code fxtriage.results} counter tagged {@code category}, {@code source};</li>
 *   <li>{@code fxtriage.time_to_flag} histogram ({@code worklist.TimeToFlagMetrics});</li>
 *   <li>{@code fxtriage.model.info} gauge (1) tagged {@code name}, {@code version}, {@code device}.</li>
 * </ul>
 */
package org.fxtriage.service.metrics;
