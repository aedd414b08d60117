package org.fxtriage.service.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator sets every destination with one environment variable,
 * {@code FXTRIAGE_RESULTS_DESTINATIONS=AET@host:port,AET@host:port}: Micronaut maps it to the property as one
 * comma-separated string, and the outbox must see each destination. A typo stops the start with its name.
 */
class DestinationsFromOneVariableTest {

    private static Map<String, Object> properties(Path data, String destinations) {
        Map<String, Object> p = new HashMap<>();
        p.put("fxtriage.data-dir", data.toString());
        p.put("fxtriage.dicom.enabled", false);
        p.put("fxtriage.jobs.enabled", false);
        p.put("fxtriage.model.enabled", false);
        p.put("fxtriage.admin-password", "destinations-test-1");
        // The form an environment variable takes: one string.
        p.put("fxtriage.results.destinations", destinations);
        return p;
    }

    @Test
    void aCommaSeparatedValueConfiguresEveryDestination(@TempDir Path data) {
        try (ApplicationContext ctx = ApplicationContext.run(properties(data, "PACS@127.0.0.1:1104, ARCHIVE@127.0.0.1:1105"))) {
            assertEquals(List.of("PACS@127.0.0.1:1104", "ARCHIVE@127.0.0.1:1105"),
                    ctx.getBean(Outbox.class).destinations().stream().map(Destination::key).toList());
        }
    }

    @Test
    void aMalformedDestinationStopsTheStartNamingIt(@TempDir Path data) {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(properties(data, "PACS@127.0.0.1:1104,ARCHIVE-10.0.0.6-104")).close());
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("ARCHIVE-10.0.0.6-104") && root.getMessage().contains("AET@host:port"),
                root.getMessage());
    }
}
