package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Checks with independent tools (pydicom, dcmdump) that a stored file is what was sent. */
final class DatasetAssertions {
    private DatasetAssertions() {
    }

    /** Same dataset (file meta and group lengths aside), compared by pydicom element by element, pixel data included. */
    static void assertSameDataset(Path source, Path stored) throws Exception {
        assertTrue(Files.isRegularFile(stored), "not stored: " + stored);
        ExternalTool.Result r = ExternalTool.run(Duration.ofSeconds(60), "python3",
                Path.of("src/test/python/compare_datasets.py").toString(), source.toString(), stored.toString());
        assertEquals(0, r.exitCode(), source.getFileName() + " vs stored " + stored.getFileName() + ": " + r.output());
    }

    /** The stored Part 10 file names the transfer syntax it was received in. */
    static void assertTransferSyntax(Path stored, String expectedUid) throws Exception {
        Samples.Sample s = Samples.describe(stored);
        assertEquals(expectedUid, s.transferSyntaxUid(), "transfer syntax in the file meta of " + stored);
    }
}
