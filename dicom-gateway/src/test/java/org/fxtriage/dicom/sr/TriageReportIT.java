package org.fxtriage.dicom.sr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.sc.AlgorithmIdentification;
import org.fxtriage.dicom.sc.FindingBox;
import org.fxtriage.dicom.sc.ImageCategory;
import org.fxtriage.dicom.sc.ImageFindings;
import org.fxtriage.dicom.sc.SourceImage;
import org.fxtriage.dicom.sc.TestSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Triage reports over real sources must pass dciodvfy without errors, dcmdump without errors, pydicom,
 * and dcmtk's SR parser (dsrdump) must show the category, probability and coordinates we wrote.
 */
class TriageReportIT {
    static final AlgorithmIdentification MODEL = new AlgorithmIdentification("fxnet-wrist", "1.2.0");

    static Stream<Path> allSamples() throws IOException {
        try (Stream<Path> s = Files.walk(TestSources.dicomDir())) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList().stream();
        }
    }

    /** Every shared sample's header gives a report without errors of our own making. */
    @ParameterizedTest
    @MethodSource("allSamples")
    void everySampleHeaderGivesAValidReport(Path sample, @TempDir Path tmp) throws Exception {
        SourceImage src = SourceImage.of(Part10Reader.read(sample));
        int cols = src.columns();
        int rows = src.rows();
        ReportedImage img = ReportedImage.of(src, new ImageFindings(ImageCategory.DOUBT, 0.5, List.of(
                new FindingBox(cols / 3.0, rows / 3.0, cols / 4.0, rows / 5.0, FindingBox.Kind.DOUBT))));
        Attributes sr = TriageReport.create(src.dataset(), List.of(img), 0, MODEL, ReportOptions.defaults());
        Path f = tmp.resolve("sr.dcm");
        TriageReport.write(f, sr);
        List<String> errors = TestSources.errorsNotInheritedFrom(f, sample);
        assertTrue(errors.isEmpty(), sample.getFileName() + ": dciodvfy errors: " + errors);
        TestSources.ToolResult sr1 = TestSources.run("dsrdump", f.toString());
        assertEquals(0, sr1.exitCode(), sr1.stderr());
        assertTrue(sr1.logLines("E:").isEmpty(), "dsrdump errors: " + sr1.logLines("E:"));
    }

    @Test
    void reportAndItsNewVersionPassDciodvfyDcmdumpDsrdumpAndPydicom(@TempDir Path tmp) throws Exception {
        Part10File hip = TestSources.read(TestSources.RG2_UNC);
        Part10File hand = TestSources.read(TestSources.CR_HAND);
        SourceImage first = SourceImage.of(hip);
        ReportedImage positive = ReportedImage.of(first, new ImageFindings(ImageCategory.POSITIVE, 0.9137, List.of(
                new FindingBox(412.5, 700, 300, 250, FindingBox.Kind.POSITIVE),
                new FindingBox(900, 1200.25, 180, 96, FindingBox.Kind.DOUBT))));
        Attributes v1 = TriageReport.create(first.dataset(), List.of(positive), 1, MODEL, ReportOptions.defaults());
        Path f1 = tmp.resolve("sr1.dcm");
        TriageReport.write(f1, v1);

        // A late image of another series arrives; not analysed. (The hand is another study in the
        // samples, so it is re-filed under the hip's study here, as the late image of that study.)
        Attributes lateDs = new Attributes(hand.dataset());
        lateDs.setString(org.fxtriage.dicom.data.Tag.StudyInstanceUID, org.fxtriage.dicom.data.VR.UI, first.studyInstanceUid());
        ReportedImage late = ReportedImage.of(new SourceImage(lateDs, hand.transferSyntaxUid()), ImageFindings.notAnalysed());
        Attributes v2 = TriageReport.supersede(ReportVersion.of(v1), first.dataset(), List.of(positive, late), 0,
                MODEL, ReportOptions.defaults());
        Path f2 = tmp.resolve("sr2.dcm");
        TriageReport.write(f2, v2);

        for (Path f : List.of(f1, f2)) {
            List<String> errors = TestSources.dciodvfyErrors(f);
            assertTrue(errors.isEmpty(), f.getFileName() + ": dciodvfy errors: " + errors);
            System.out.println(f.getFileName() + ": dciodvfy warnings " + TestSources.dciodvfyWarnings(f));

            TestSources.ToolResult dump = TestSources.run("dcmdump", "-M", f.toString());
            assertEquals(0, dump.exitCode(), dump.stderr());
            assertTrue(dump.logLines("E:").isEmpty(), "dcmdump reported errors: " + dump.logLines("E:"));

            TestSources.ToolResult py = TestSources.run("/usr/bin/python3", "-c", String.join("\n",
                    "import sys, pydicom",
                    "ds = pydicom.dcmread(sys.argv[1])",
                    "for e in ds.iterall(): e.value",
                    "print(ds.SOPClassUID, ds.CompletionFlag, ds.InstanceNumber)"), f.toString());
            assertEquals(0, py.exitCode(), py.stderr());
        }

        TestSources.ToolResult sr1 = TestSources.run("dsrdump", "+Pl", "+Pc", "+Pu", f1.toString());
        assertEquals(0, sr1.exitCode(), sr1.all());
        assertTrue(sr1.logLines("E:").isEmpty() && sr1.logLines("W:").isEmpty(), "dsrdump errors/warnings: " + sr1.stderr());
        String t1 = sr1.stdout();
        assertTrue(t1.contains("Comprehensive SR Document"), t1);
        assertTrue(t1.contains("(126000,DCM,\"Imaging Measurement Report\")"), t1);
        assertTrue(t1.contains(first.sopInstanceUid()), "IMAGE items reference the source: " + t1);
        assertTrue(t1.contains("Completion Flag     : PARTIAL"), t1);
        assertTrue(t1.contains("Verification Flag   : UNVERIFIED"), t1);
        String image = "(CR image,\"" + first.sopInstanceUid() + "\")";
        for (String line : List.of(
                "<has obs context TEXT:(111001,DCM,\"Algorithm Name\")=\"fxnet-wrist\">",
                "<has obs context TEXT:(111003,DCM,\"Algorithm Version\")=\"1.2.0\">",
                "  <contains CONTAINER:(125007,DCM,\"Measurement Group\")=SEPARATE>",
                "    <contains CODE:(FXT-CATEGORY,99FXT,\"Fracture triage category\")=(FXT-POSITIVE,99FXT,\"Fracture suspected\")>",
                "    <contains NUM:(FXT-PROBABILITY,99FXT,\"Fracture probability\")=\"0.9137\" (1,UCUM,\"no units\")>",
                "    <contains IMAGE:(121112,DCM,\"Source of Measurement\")=" + image + ">",
                "    <contains SCOORD:(FXT-REGION-POS,99FXT,\"Suspected fracture region\")=(POLYLINE,412.5/700,712.5/700,712.5/950,412.5/950,412.5/700)>\n"
                        + "      <selected from IMAGE:=" + image + ">",
                "    <contains SCOORD:(FXT-REGION-DOUBT,99FXT,\"Possible fracture region\")=(POLYLINE,900/1200.25,1080/1200.25,1080/1296.25,900/1296.25,900/1200.25)>\n"
                        + "      <selected from IMAGE:=" + image + ">")) {
            assertTrue(t1.contains(line), "dsrdump shows " + line + " in:\n" + t1);
        }

        TestSources.ToolResult sr2 = TestSources.run("dsrdump", "+Pl", "+Pc", "+Pu", f2.toString());
        assertEquals(0, sr2.exitCode(), sr2.all());
        assertTrue(sr2.logLines("E:").isEmpty() && sr2.logLines("W:").isEmpty(), "dsrdump errors/warnings: " + sr2.stderr());
        String t2 = sr2.stdout();
        assertTrue(t2.contains("Completion Flag     : COMPLETE"), t2);
        assertTrue(t2.contains("<contains CODE:(FXT-CATEGORY,99FXT,\"Fracture triage category\")=(FXT-NOTANALYSED,99FXT,\"Not analysed\")>"), t2);
        assertTrue(t2.contains(late.sopInstanceUid()), t2);
        TestSources.ToolResult meta = TestSources.run("dcmdump", "+P", "PredecessorDocumentsSequence", "+p", f2.toString());
        assertTrue(meta.stdout().contains(v1.getString(org.fxtriage.dicom.data.Tag.SOPInstanceUID)),
                "v2 names v1 as its predecessor: " + meta.stdout());
    }
}
