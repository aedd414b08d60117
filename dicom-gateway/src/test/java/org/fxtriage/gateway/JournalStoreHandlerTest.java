package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalStoreHandlerTest {

    private static StoredInstance instance(Path root, String sop) {
        return new StoredInstance("1.2.3", "1.2.3.4", sop, "1.2.840.10008.5.1.4.1.1.1", "1.2.840.10008.1.2.1",
                root.resolve("1.2.3/1.2.3.4/" + sop + ".dcm"), 1234, "MODALITY", "FXTRIAGE", Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void duplicatesAreRecognisedAcrossRestartsAndTornLinesDropped(@TempDir Path root) throws Exception {
        Path journal = root.resolve("journal/instances.tsv");
        try (JournalStoreHandler h = new JournalStoreHandler(journal, root)) {
            assertEquals(StoreOutcome.RECORDED, h.record(instance(root, "1.5")));
            assertEquals(StoreOutcome.DUPLICATE, h.record(instance(root, "1.5")));
            assertEquals(StoreOutcome.RECORDED, h.record(instance(root, "1.6")));
        }
        // A crash in the middle of the next append leaves a line without its newline.
        Files.writeString(journal, "2026-01-02T03:04:05Z\t1.7\t1.2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (JournalStoreHandler h = new JournalStoreHandler(journal, root)) {
            assertEquals(2, h.size());
            assertEquals(instance(root, "1.5"), h.loadedRecords().get(0));
            assertEquals(StoreOutcome.DUPLICATE, h.record(instance(root, "1.6")));
            assertEquals(StoreOutcome.RECORDED, h.record(instance(root, "1.7")));
        }
        assertEquals(3, JournalStoreHandler.readLines(journal).size());
        assertTrue(JournalStoreHandler.readLines(journal).get(2).contains("\t1.7\t"));
    }

    @Test
    void capacityAnswersFull(@TempDir Path root) throws Exception {
        try (JournalStoreHandler h = new JournalStoreHandler(root.resolve("j.tsv"), root, 1)) {
            assertEquals(StoreOutcome.RECORDED, h.record(instance(root, "1.5")));
            assertEquals(StoreOutcome.FULL, h.record(instance(root, "1.6")));
            assertEquals(StoreOutcome.DUPLICATE, h.record(instance(root, "1.5")));
        }
    }
}
