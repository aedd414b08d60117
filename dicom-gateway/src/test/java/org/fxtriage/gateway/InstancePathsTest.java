package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class InstancePathsTest {
    @Test
    void onlyDigitsAndDotsUpTo64CharactersBecomePaths() {
        assertTrue(InstancePaths.isValidUid("1.2.840.10008.5.1.4.1.1.1"));
        assertTrue(InstancePaths.isValidUid("1".repeat(64)));
        for (String hostile : new String[] {"..", "../../etc", "1.2/3", "1.2\\3", "1..2", ".1", "1.", "", "1 2", "1.2\0",
                "1".repeat(65), "/tmp", "1.2.3.a"}) {
            assertFalse(InstancePaths.isValidUid(hostile), hostile);
        }
        Path root = Path.of("store");
        assertEquals(root.resolve("1.2").resolve("1.3").resolve("1.4.dcm"), InstancePaths.instancePath(root, "1.2", "1.3", "1.4"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InstancePaths.instancePath(root, "1.2", "..", "1.4"));
        assertTrue(e.getMessage().contains("SeriesInstanceUID"));
    }
}
