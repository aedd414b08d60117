package org.fxtriage.service.db;

import java.sql.SQLException;

/** A database operation failed; the transaction it ran in was rolled back. */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super("database: " + cause.getMessage(), cause);
    }

    /** A unique constraint was violated (SQLSTATE 23505 on both H2 and PostgreSQL): a concurrent insert won. */
    public boolean isUniqueViolation() {
        return getCause() instanceof SQLException e && "23505".equals(e.getSQLState());
    }
}
