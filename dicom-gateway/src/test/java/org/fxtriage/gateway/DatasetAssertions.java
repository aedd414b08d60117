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
        ExternalTool.Result r = compare(source, stored);
        if (r.exitCode() != 0) {
            // A sender built on dcmtk re-encodes what it reads: NM_Kakadu44 has an odd-length JPEG 2000
            // fragment that dcmtk pads to even length (PS3.5 §A.4) on the wire. The reference for what was
            // sent is then dcmtk's own re-encoding of the file.
            Path normalised = Files.createTempFile(stored.getParent().getParent().getParent(), "dcmconv", ".dcm");
            try {
                ExternalTool.Result conv = ExternalTool.run(Duration.ofSeconds(60), "dcmconv", source.toString(), normalised.toString());
                assertEquals(0, conv.exitCode(), conv.output());
                ExternalTool.Result again = compare(normalised, stored);
                assertEquals(0, again.exitCode(), source.getFileName() + " vs stored " + stored.getFileName() + ": " + r.output()
                        + " (and against dcmtk's re-encoding: " + again.output() + ")");
            } finally {
                Files.deleteIfExists(normalised);
            }
        }
    }

    private static ExternalTool.Result compare(Path a, Path b) throws Exception {
        return ExternalTool.run(Duration.ofSeconds(60), "python3", Path.of("src/test/python/compare_datasets.py").toString(),
                a.toString(), b.toString());
    }

    /** The stored Part 10 file names the transfer syntax it was received in. */
    static void assertTransferSyntax(Path stored, String expectedUid) throws Exception {
        Samples.Sample s = Samples.describe(stored);
        assertEquals(expectedUid, s.transferSyntaxUid(), "transfer syntax in the file meta of " + stored);
    }
}
