package org.fxtriage.service.db;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs units of work in one JDBC transaction through Micronaut Data's transaction manager, and tells the
 * two supported databases apart where their SQL differs (only the job claim, see {@code JobQueue}).
 */
@Singleton
public class Database {

    /** One unit of work on the transaction's connection. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Connection c) throws SQLException;
    }

    private final TransactionOperations<Connection> tx;
    private volatile Boolean postgres;

    public Database(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** Runs {@code work} in a read-write transaction: committed when it returns, rolled back when it throws. */
    public <R> R write(Work<R> work) {
        return tx.executeWrite(status -> call(work, status.getConnection()));
    }

    public <R> R read(Work<R> work) {
        return tx.executeRead(status -> call(work, status.getConnection()));
    }

    private <R> R call(Work<R> work, Connection c) {
        try {
            if (postgres == null) {
                postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            }
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** True on PostgreSQL (enables {@code FOR UPDATE SKIP LOCKED}); known after the first transaction. */
    public boolean isPostgres() {
        if (postgres == null) {
            read(c -> null);
        }
        return postgres;
    }
}
