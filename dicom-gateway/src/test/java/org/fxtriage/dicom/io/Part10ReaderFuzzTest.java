package org.fxtriage.dicom.io;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.DataElement;
import org.fxtriage.dicom.data.Fragments;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;

/**
 * Fuzz targets for the Part 10 and dataset readers. The only acceptable failure is
 * {@link DicomFormatException}; any other exception, an OOM or a hang is a bug. Whatever the reader
 * accepts must be writable and readable again.
 *
 * <p>Under Surefire this replays the committed seeds in
 * {@code src/test/resources/org/fxtriage/dicom/io/Part10ReaderFuzzTestInputs/<method>/} (regression
 * mode); {@code JAZZER_FUZZ=1 mvn -pl dicom-gateway test -Dtest=Part10ReaderFuzzTest} fuzzes.
 */
class Part10ReaderFuzzTest {
    /** Small limits keep each run's memory low; the limits themselves are under test too. */
    private static final DicomLimits LIMITS = new DicomLimits(1 << 20, 8, 4 << 20, 4 << 20, 50_000, 10_000);
    private static final DicomLimits REREAD = new DicomLimits(1 << 20, 8, 64 << 20, 4 << 20, 200_000, 10_000);

    private static final TransferSyntax[] SYNTAXES = {
        TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
        TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
        TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
        TransferSyntax.EXPLICIT_VR_BIG_ENDIAN,
        TransferSyntax.of(UID.JPEGBaseline8Bit).orElseThrow(),
    };

    @FuzzTest(maxDuration = "5m")
    void part10File(byte[] data) throws IOException {
        Part10File f;
        try {
            f = Part10Reader.read(new ByteArrayInputStream(data), ReadOptions.DEFAULT.withLimits(LIMITS));
        } catch (DicomFormatException expected) {
            return;
        }
        rewriteAndReread(f.dataset());
    }

    @FuzzTest(maxDuration = "5m")
    void bareDataset(FuzzedDataProvider in) throws IOException {
        TransferSyntax ts = in.pickValue(SYNTAXES);
        PixelDataPolicy policy = in.pickValue(new PixelDataPolicy[] {
            PixelDataPolicy.LOAD, PixelDataPolicy.SKIP, PixelDataPolicy.STOP, PixelDataPolicy.CONSUME});
        ReadOptions options = policy == PixelDataPolicy.CONSUME
                ? ReadOptions.DEFAULT.withLimits(LIMITS).consumeWith(new DrainingConsumer())
                : ReadOptions.DEFAULT.withLimits(LIMITS).withPixelData(policy);
        byte[] data = in.consumeRemainingAsBytes();
        Attributes ds;
        try {
            ds = DatasetReader.read(new ByteArrayInputStream(data), ts, options);
        } catch (DicomFormatException expected) {
            return;
        }
        rewriteAndReread(ds);
    }

    /** Re-encodes what was read (explicit VR LE, or the JPEG syntax when fragments are present) and reads it back. */
    private static void rewriteAndReread(Attributes ds) throws IOException {
        TransferSyntax ts = hasFragments(ds) ? SYNTAXES[4] : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DatasetWriter.write(out, ds, ts);
        } catch (IllegalArgumentException refused) {
            // documented refusals of the writer: native pixel data in an encapsulated syntax (or the
            // reverse), text the declared character set cannot encode
            return;
        }
        DatasetReader.read(new ByteArrayInputStream(out.toByteArray()), ts,
                ReadOptions.DEFAULT.withLimits(REREAD).withPixelData(PixelDataPolicy.LOAD));
    }

    private static boolean hasFragments(Attributes ds) {
        for (DataElement e : ds) {
            if (e.value() instanceof Fragments) {
                return true;
            }
            if (e.value() instanceof Sequence s) {
                for (Attributes item : s) {
                    if (hasFragments(item)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final class DrainingConsumer implements PixelDataConsumer {
        @Override
        public void nativeValue(int tag, VR vr, long length, InputStream value) throws IOException {
            value.readNBytes(7); // leave the rest: the reader must skip it
        }

        @Override
        public void fragment(int tag, int index, long length, InputStream value) throws IOException {
            value.readAllBytes();
        }
    }
}
