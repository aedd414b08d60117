package org.fxtriage.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.BulkData;
import org.fxtriage.dicom.data.Fragments;
import org.fxtriage.dicom.data.Implementation;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.data.VR;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared sample: read, write in implicit VR LE, explicit VR LE and deflated explicit VR LE
 * (native samples) or in its own encapsulated syntax, read back, compare; and the written files must
 * be accepted by dcmtk ({@code dcmdump}: exit 0, no error lines) and by pydicom.
 */
class RoundTripIT {

    static Stream<Path> files() throws IOException {
        return SharedSamples.allFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void writtenFilesReadBackEqualAndPassDcmtkAndPydicom(Path file, @TempDir Path tmp) throws Exception {
        Part10File original = Part10Reader.read(file);
        TransferSyntax source = original.transferSyntax();
        List<TransferSyntax> targets = source.encapsulated() ? List.of(source)
                : List.of(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                        TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        List<Path> written = new ArrayList<>();
        for (TransferSyntax ts : targets) {
            Path out = tmp.resolve(file.getFileName() + "." + ts.uid() + ".dcm");
            FileMetaInformation meta = FileMetaInformation.from(original.fileMeta());
            meta = new FileMetaInformation(meta.mediaStorageSopClassUid(), meta.mediaStorageSopInstanceUid(),
                    ts.uid(), Implementation.CLASS_UID, Implementation.VERSION_NAME, "FXTRIAGE");
            Part10Writer.write(out, meta, original.dataset());
            written.add(out);

            Part10File back = Part10Reader.read(out);
            assertEquals(ts.uid(), back.transferSyntaxUid());
            assertEquals(Implementation.CLASS_UID, back.fileMeta().getString(Tag.ImplementationClassUID));
            assertEquals(original.sopInstanceUid(), back.fileMeta().getString(Tag.MediaStorageSOPInstanceUID));
            assertEquals("FXTRIAGE", back.fileMeta().getString(Tag.SourceApplicationEntityTitle));
            assertEquivalent(withoutGroupLengths(original.dataset()), back.dataset(), !ts.explicitVR(),
                    file.getFileName() + " → " + ts.name() + ": ");

            SharedSamples.ProcessResult dump = SharedSamples.run("dcmdump", "-M", out.toString());
            assertEquals(0, dump.exitCode(), "dcmdump rejected " + out.getFileName() + ": " + dump.stderr());
            assertFalse(dump.stdout().contains("E:") || dump.stderr().contains("E:"),
                    "dcmdump reported errors on " + out.getFileName() + ": " + dump.stderr());
        }
        String script = String.join("\n",
                "import sys, pydicom",
                "for p in sys.argv[1:]:",
                "    ds = pydicom.dcmread(p)",
                "    for e in ds.iterall():",
                "        e.value",
                "    assert ds.file_meta.TransferSyntaxUID == ds.file_meta.TransferSyntaxUID",
                "    n = len(ds.PixelData)",
                "    if not ds.file_meta.TransferSyntaxUID.is_compressed:",
                "        a = ds.pixel_array",
                "        assert a.shape[-2:] == (ds.Rows, ds.Columns), a.shape",
                "    print(p, ds.SOPInstanceUID, n)");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-c", script));
        written.forEach(p -> cmd.add(p.toString()));
        SharedSamples.ProcessResult py = SharedSamples.run(cmd);
        assertEquals(0, py.exitCode(), "pydicom rejected a written file: " + py.stderr());
        assertEquals(written.size(), py.stdout().lines().filter(l -> l.contains(original.sopInstanceUid())).count(),
                py.stdout());
    }

    /** Reading from a plain stream (no file to point into) gives the same dataset, pixels loaded. */
    @ParameterizedTest
    @MethodSource("files")
    void streamPoliciesAgreeWithFileReferences(Path file) throws Exception {
        Part10File ref = Part10Reader.read(file);
        Part10File loaded;
        try (InputStream in = Files.newInputStream(file)) {
            loaded = Part10Reader.read(in, ReadOptions.DEFAULT);
        }
        assertEquals(ref.datasetOffset(), loaded.datasetOffset());
        assertEquals(ref.fileMeta(), loaded.fileMeta());
        assertEquals(ref.dataset(), loaded.dataset());
        Object px = loaded.dataset().getValue(Tag.PixelData);
        assertTrue(px instanceof byte[] || (px instanceof Fragments f && f.items().get(1).inMemory()));

        Attributes withoutPixels = new Attributes(ref.dataset());
        withoutPixels.remove(Tag.PixelData);
        for (PixelDataPolicy policy : new PixelDataPolicy[] {PixelDataPolicy.SKIP, PixelDataPolicy.STOP}) {
            try (InputStream in = Files.newInputStream(file)) {
                Part10File p = Part10Reader.read(in, ReadOptions.DEFAULT.withPixelData(policy));
                assertNull(p.dataset().getValue(Tag.PixelData));
                Attributes expected = new Attributes(withoutPixels);
                if (policy == PixelDataPolicy.STOP) {
                    // STOP also leaves out what follows pixel data: WG04 files end in (FFFC,FFFC) padding
                    expected.remove(Tag.DataSetTrailingPadding);
                }
                assertEquals(expected, p.dataset(), policy.name());
            }
        }
        // CONSUME: the consumer sees exactly the bytes the reference points at
        List<byte[]> seen = new ArrayList<>();
        PixelDataConsumer consumer = new PixelDataConsumer() {
            @Override
            public void nativeValue(int tag, VR vr, long length, InputStream value) throws IOException {
                seen.add(value.readAllBytes());
            }

            @Override
            public void fragment(int tag, int index, long length, InputStream value) throws IOException {
                assertEquals(seen.size(), index);
                seen.add(value.readAllBytes());
            }
        };
        try (InputStream in = Files.newInputStream(file)) {
            Part10Reader.read(in, ReadOptions.DEFAULT.consumeWith(consumer));
        }
        Object v = ref.dataset().getValue(Tag.PixelData);
        List<BulkData> expected = v instanceof Fragments f ? f.items() : List.of((BulkData) v);
        assertEquals(expected.size(), seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertArrayEquals(expected.get(i).readBytes(), seen.get(i));
        }
    }

    // ------------------------------------------------------------------------------------------

    static Attributes withoutGroupLengths(Attributes ds) {
        Attributes copy = new Attributes(ds);
        strip(copy);
        return copy;
    }

    private static void strip(Attributes ds) {
        for (int tag : ds.tags()) {
            if (Tag.isGroupLength(tag)) {
                ds.remove(tag);
            } else if (ds.getSequence(tag) != null) {
                ds.getSequence(tag).forEach(RoundTripIT::strip);
            }
        }
    }

    /**
     * Equal, except what implicit VR cannot carry: a private or unknown element comes back as UN and
     * 8-bit OB pixel data as OW — then the value bytes must still be identical. An odd fragment comes
     * back padded to even length (PS3.5 §A.4).
     */
    static void assertEquivalent(Attributes expected, Attributes actual, boolean implicit, String where) throws IOException {
        assertEquals(Arrays.toString(expected.tags()), Arrays.toString(actual.tags()), where + "tags");
        for (int i = 0; i < expected.size(); i++) {
            int tag = expected.tagAt(i);
            String at = where + Tag.toString(tag) + " ";
            VR ev = expected.vrAt(i);
            VR av = actual.vrAt(i);
            Object e = expected.valueAt(i);
            Object a = actual.valueAt(i);
            if (e instanceof Sequence es) {
                Sequence as = actual.getSequence(tag);
                assertNotNull(as, at + "not a sequence after round trip");
                assertEquals(es.size(), as.size(), at + "items");
                for (int k = 0; k < es.size(); k++) {
                    assertEquivalent(es.get(k), as.get(k), implicit, at + "item " + k + " ");
                }
                continue;
            }
            if (e instanceof Fragments ef) {
                Fragments af = (Fragments) a;
                assertEquals(ef.items().size(), af.items().size(), at);
                for (int k = 0; k < ef.items().size(); k++) {
                    byte[] x = ef.items().get(k).readBytes();
                    byte[] y = af.items().get(k).readBytes();
                    if (x.length % 2 == 1) {
                        assertEquals(x.length + 1, y.length, at + "padded fragment");
                        y = Arrays.copyOf(y, x.length);
                    }
                    assertArrayEquals(x, y, at + "fragment " + k);
                }
                continue;
            }
            if (ev == av) {
                assertTrue(Attributes.valueEquals(e, a), at + "value differs");
                continue;
            }
            assertTrue(implicit && (av == VR.UN || (tag == Tag.PixelData && ev == VR.OB && av == VR.OW)),
                    at + "VR " + ev + " became " + av);
            assertArrayEquals(trimPadding(expected.getBytes(tag)), trimPadding(actual.getBytes(tag)), at + "bytes");
        }
    }

    private static byte[] trimPadding(byte[] b) {
        int n = b.length;
        while (n > 0 && (b[n - 1] == ' ' || b[n - 1] == 0)) {
            n--;
        }
        return Arrays.copyOf(b, n);
    }
}
