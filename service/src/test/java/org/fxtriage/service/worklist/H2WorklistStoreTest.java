package org.fxtriage.service.worklist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The worklist store on the embedded default: H2 in file mode. */
class H2WorklistStoreTest extends WorklistStoreContract {
    @Override
    protected Map<String, Object> datasource() throws Exception {
        Path dir = Files.createTempDirectory("h2-worklist");
        return Map.of("datasources.default.url", "jdbc:h2:file:" + dir.toAbsolutePath() + "/db;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.username", "sa", "datasources.default.password", "");
    }
}
