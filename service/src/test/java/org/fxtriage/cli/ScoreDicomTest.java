package org.fxtriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code fxtriage score} on real radiographs from ../shared/data/dicom, through the pixel pipeline. */
class ScoreDicomTest {

    static Path sample(String relative) {
        Path p = CliTestSupport.repoRoot().resolveSibling("shared").resolve("data/dicom").resolve(relative);
        assertTrue(Files.isRegularFile(p), "sample data missing: " + p);
        return p;
    }

    @Test
    void hipRadiographIsScoredWithBoxesInStoredPixelCoordinates() throws Exception {
        Path hip = sample("original/wg04/RG2_JPLL.dcm"); // CR, HIP, 2140 rows x 1760 columns, JPEG lossless
        var r = CliTestSupport.run("score", "--model", CliTestSupport.testModel().toString(), hip.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode j = ScoreCommandTest.JSON.readTree(r.lastLine());
        assertEquals(hip.toString(), j.get("file").asText());
        double p = j.get("probability").asDouble();
        assertTrue(p > 0 && p < 1, j.toString());
        for (JsonNode box : j.get("boxes")) {
            assertTrue(box.get("x1").asDouble() <= 1760 && box.get("y1").asDouble() <= 2140, box.toString());
        }
    }

    @Test
    void sameImageInTwoTransferSyntaxesScoresTheSame() throws Exception {
        // RG2_RLE decodes bit-identical to RG2_UNC: the score must not depend on how the pixels travelled.
        var unc = CliTestSupport.run("score", "--model", CliTestSupport.testModel().toString(),
                sample("original/wg04/RG2_UNC.dcm").toString(), sample("original/wg04/RG2_RLE.dcm").toString());
        assertEquals(0, unc.status(), unc.err());
        String[] lines = unc.out().strip().split("\n");
        assertEquals(ScoreCommandTest.JSON.readTree(lines[0]).get("logit").asDouble(),
                ScoreCommandTest.JSON.readTree(lines[1]).get("logit").asDouble(), 1e-6);
    }

    @Test
    void chestRadiographIsDeclinedWithAReasonNotScored() throws Exception {
        // BodyPartExamined CHEST is outside the card's intended use: "not analysed", never a score.
        var r = CliTestSupport.run("score", "--model", CliTestSupport.testModel().toString(),
                sample("derived/CR_chest_MONO1_10bit_implicitVR.dcm").toString());
        JsonNode j = ScoreCommandTest.JSON.readTree(r.lastLine());
        assertEquals("NOT_ANALYSED", j.get("category").asText(), j.toString());
        assertTrue(j.get("reason").asText().toUpperCase().contains("CHEST"), j.toString());
        assertTrue(j.get("probability") == null || j.get("probability").isNull(), j.toString());
    }

    @Test
    void jpegLsIsAClearPerFileError() throws Exception {
        var r = CliTestSupport.run("score", "--model", CliTestSupport.testModel().toString(),
                sample("original/wg04/RG3_JLSL.dcm").toString());
        assertEquals(1, r.status());
        JsonNode j = ScoreCommandTest.JSON.readTree(r.lastLine());
        assertTrue(j.get("error").asText().contains("JPEG-LS"), j.toString());
    }
}
