package org.fxtriage.dicom.sc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Annotated Secondary Captures made from real sources must pass dicom3tools' dciodvfy without errors,
 * be read by dcmtk's dcmdump without errors, and decode in pydicom to the pixels we wrote.
 */
class SecondaryCaptureIT {

    static final AlgorithmIdentification MODEL = new AlgorithmIdentification("fxnet-wrist", "1.2.0");

    @ParameterizedTest
    @ValueSource(strings = {TestSources.RG2_UNC, TestSources.CR_HAND})
    void secondaryCapturePassesDciodvfyDcmdumpAndPydicom(String sample, @TempDir Path tmp) throws Exception {
        Part10File src = TestSources.read(sample);
        DisplayRaster raster = TestSources.downsample(src, 4);
        int cols = src.dataset().getInt(Tag.Columns, 0);
        int rows = src.dataset().getInt(Tag.Rows, 0);
        ImageFindings findings = new ImageFindings(ImageCategory.POSITIVE, 0.91, List.of(
                new FindingBox(cols * 0.2, rows * 0.3, cols * 0.25, rows * 0.2, FindingBox.Kind.POSITIVE),
                new FindingBox(cols * 0.55, rows * 0.6, cols * 0.3, rows * 0.15, FindingBox.Kind.DOUBT)));
        Attributes sc = AnnotatedSecondaryCapture.create(SourceImage.of(src), raster, findings, MODEL,
                SecondaryCaptureOptions.defaults());
        Path file = tmp.resolve("sc.dcm");
        AnnotatedSecondaryCapture.write(file, sc);

        List<String> errors = TestSources.dciodvfyErrors(file);
        assertTrue(errors.isEmpty(), "dciodvfy errors: " + errors);
        System.out.println(sample + ": dciodvfy warnings " + TestSources.dciodvfyWarnings(file));

        TestSources.ToolResult dump = TestSources.run("dcmdump", "-M", file.toString());
        assertEquals(0, dump.exitCode(), dump.stderr());
        assertFalse(dump.all().contains("E:"), "dcmdump reported errors: " + dump.stderr());
        assertTrue(dump.stdout().contains("(0008,0016) UI =SecondaryCaptureImageStorage"), dump.stdout());

        String script = String.join("\n",
                "import sys, pydicom",
                "ds = pydicom.dcmread(sys.argv[1])",
                "a = ds.pixel_array",
                "print(a.shape[0], a.shape[1], int(a.max()), int(a[5:, :].sum()))");
        TestSources.ToolResult py = TestSources.run("/usr/bin/python3", "-c", script, file.toString());
        assertEquals(0, py.exitCode(), py.stderr());
        Attributes back = Part10Reader.read(file).dataset();
        int outRows = back.getInt(Tag.Rows, 0);
        int outCols = back.getInt(Tag.Columns, 0);
        byte[] px = back.getBytes(Tag.PixelData);
        long sum = 0;
        for (int i = 5 * outCols; i < outRows * outCols; i++) {
            sum += px[i] & 0xff;
        }
        assertEquals(outRows + " " + outCols + " 255 " + sum, py.stdout().strip(),
                "pydicom decodes the pixels we wrote");
    }

    @ParameterizedTest
    @ValueSource(strings = {TestSources.RG3_J2KI})
    void lossySourceIsDeclaredAndStillValid(String sample, @TempDir Path tmp) throws Exception {
        Part10File src = TestSources.read(sample);
        int cols = src.dataset().getInt(Tag.Columns, 0);
        int rows = src.dataset().getInt(Tag.Rows, 0);
        DisplayRaster raster = TestSources.gradient(cols / 4, rows / 4);
        Attributes sc = AnnotatedSecondaryCapture.create(SourceImage.of(src), raster,
                new ImageFindings(ImageCategory.NEGATIVE, 0.03, List.of()), MODEL, SecondaryCaptureOptions.defaults());
        Path file = tmp.resolve("sc.dcm");
        AnnotatedSecondaryCapture.write(file, sc);
        assertEquals("01", Part10Reader.read(file).dataset().getString(Tag.LossyImageCompression));
        List<String> errors = TestSources.dciodvfyErrors(file);
        assertTrue(errors.isEmpty(), "dciodvfy errors: " + errors);
    }
}
