package org.fxtriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Path png(Path dir, String name, int w, int h, int seed) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Random r = new java.util.Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, (x * 3 + y * 5 + r.nextInt(40)) % 256);
            }
        }
        Path f = dir.resolve(name);
        ImageIO.write(img, "png", f.toFile());
        return f;
    }

    @Test
    void oneJsonObjectPerFileAndAClearErrorForUnsupportedFiles(@TempDir Path dir) throws Exception {
        Path a = png(dir, "a.png", 90, 60, 1);
        Path b = png(dir, "b.png", 40, 120, 2);
        Path txt = dir.resolve("report.txt");
        Files.writeString(txt, "not an image");
        var r = CliTestSupport.run("score", "--model", CliTestSupport.testModel().toString(), a.toString(),
                txt.toString(), b.toString());
        assertEquals(1, r.status(), "a file failed: " + r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length, r.out());
        JsonNode first = JSON.readTree(lines[0]);
        assertEquals(a.toString(), first.get("file").asText());
        double p = first.get("probability").asDouble();
        assertTrue(p > 0 && p < 1);
        assertTrue(Set.of("POSITIVE", "DOUBT", "NEGATIVE").contains(first.get("category").asText()));
        assertTrue(first.get("boxes").isArray());
        assertEquals("test-conv", first.get("model").get("name").asText());
        for (String k : new String[] {"decode", "preprocess", "infer", "postprocess"}) {
            assertTrue(first.get("timings_ms").has(k), k);
        }
        JsonNode bad = JSON.readTree(lines[1]);
        assertEquals(txt.toString(), bad.get("file").asText());
        assertTrue(bad.get("error").asText().contains("unsupported file type"), bad.toString());
        assertEquals(b.toString(), JSON.readTree(lines[2]).get("file").asText());
    }

    @Test
    void unusableModelIsAUsageError(@TempDir Path dir) throws Exception {
        Path a = png(dir, "a.png", 10, 10, 1);
        var r = CliTestSupport.run("score", "--model", dir.toString(), a.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("model.json missing"), r.err());
        assertEquals("", r.out());
    }
}
