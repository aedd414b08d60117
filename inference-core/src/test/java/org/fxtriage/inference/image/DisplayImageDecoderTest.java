package org.fxtriage.inference.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayImageDecoderTest {

    private static GreyImage roundTrip(BufferedImage img) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return DisplayImageDecoder.decode(new ByteArrayInputStream(bytes.toByteArray()), "test.png");
    }

    @Test
    void rgbBecomesUnroundedBt601Luma() throws Exception {
        BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, (200 << 16) | (10 << 8) | 33);
        img.setRGB(1, 0, 0xFFFFFF);
        GreyImage g = roundTrip(img);
        assertEquals((299.0 * 200 + 587.0 * 10 + 114.0 * 33) / 1000.0 / 255.0, g.get(0, 0), 1e-7);
        assertEquals(1.0, g.get(1, 0), 1e-7);
    }

    @Test
    void greyIsValueOver255AndSixteenBitOver65535() throws Exception {
        BufferedImage g8 = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        g8.getRaster().setSample(0, 0, 0, 51);
        assertEquals(51 / 255.0, roundTrip(g8).get(0, 0), 1e-7);
        BufferedImage g16 = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        g16.getRaster().setSample(0, 0, 0, 40000);
        assertEquals(40000 / 65535.0, roundTrip(g16).get(0, 0), 1e-7);
    }

    @Test
    void alphaIsIgnored() throws Exception {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, (0x10 << 24) | (100 << 16) | (100 << 8) | 100);
        assertEquals(100 / 255.0, roundTrip(img).get(0, 0), 1e-6);
    }

    @Test
    void notAnImageIsATypedError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("notes.png");
        Files.writeString(f, "this is not a PNG");
        UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> DisplayImageDecoder.decode(f));
        assertTrue(e.getMessage().contains("notes.png"), e.getMessage());
    }
}
