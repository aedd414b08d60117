/** Benchmarks: JMH and load drivers. */
package org.fxtriage.bench;
