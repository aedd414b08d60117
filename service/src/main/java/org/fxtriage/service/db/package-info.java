/**
 * Persistence plumbing: transactions through Micronaut Data JDBC's transaction manager, Flyway migrations
 * in {@code db/migration} (portable SQL: H2 embedded by default, PostgreSQL in production). Times are
 * stored as epoch milliseconds ({@code BIGINT}) so both databases and every time zone agree.
 */
package org.fxtriage.service.db;
