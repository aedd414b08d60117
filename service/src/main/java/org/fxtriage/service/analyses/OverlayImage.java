package org.fxtriage.service.analyses;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.predict.Box;
import org.fxtriage.inference.predict.Category;

/**
 * The posted image at its own size with the findings drawn on it, as PNG: a solid box for a positive
 * image, a dotted box for a doubtful one (the convention of commercial fracture AI, DESIGN §1). Drawn with
 * java.awt in headless mode: the Secondary Capture's burn-in works on DICOM rasters and module attributes,
 * which a PNG or JPEG test image does not have.
 */
final class OverlayImage {
    private static final Color POSITIVE = new Color(230, 40, 40);
    private static final Color DOUBT = new Color(255, 170, 0);

    private OverlayImage() {
    }

    static byte[] png(GreyImage image, Category category, List<Box> boxes) {
        System.setProperty("java.awt.headless", "true");
        int w = image.width();
        int h = image.height();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        float[] v = image.values();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = Math.round(Math.max(0f, Math.min(1f, v[y * w + x])) * 255f);
                row[x] = (g << 16) | (g << 8) | g;
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        if (!boxes.isEmpty() && (category == Category.POSITIVE || category == Category.DOUBT)) {
            Graphics2D g = out.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                float width = Math.max(2f, Math.max(w, h) / 300f);
                g.setStroke(category == Category.POSITIVE ? new BasicStroke(width)
                        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {width * 2, width * 2}, 0f));
                g.setColor(category == Category.POSITIVE ? POSITIVE : DOUBT);
                for (Box b : boxes) {
                    g.drawRect((int) Math.round(b.x0()), (int) Math.round(b.y0()),
                            (int) Math.round(b.x1() - b.x0()), (int) Math.round(b.y1() - b.y0()));
                }
            } finally {
                g.dispose();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
