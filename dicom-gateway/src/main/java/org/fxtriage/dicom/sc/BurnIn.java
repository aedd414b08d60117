package org.fxtriage.dicom.sc;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Locale;

/**
 * Draws the annotations into an 8-bit greyscale image: a black banner strip ABOVE the raster (so no
 * anatomy is hidden) with two lines of white text, and the boxes as a white line with a black outline
 * on each side, visible on bright bone and on dark background alike. Antialiasing is off so lines
 * and text stay crisp two-level pixels (no grey fringes that would read as anatomy).
 */
final class BurnIn {
    static final String DISCLAIMER = "AI triage \u2014 not a diagnosis";

    static {
        // Font rendering must work on servers without a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private BurnIn() {}

    /** Geometry of the burned-in result, exposed so tests and callers can find the boxes. */
    record Layout(int bannerHeight, int lineWidth, int outlineWidth) {}

    static final int WHITE = 255;
    static final int BLACK = 0;

    /** Line width grows with the raster so boxes stay visible after the PACS shrinks the image. */
    static Layout layout(int width, int height, String[] bannerLines) {
        int side = Math.min(width, height);
        int lineWidth = Math.max(2, Math.round(side / 300f));
        int outline = Math.max(1, lineWidth / 2);
        Font font = bannerFont(width, bannerLines);
        FontMetrics fm = metrics(font);
        int lineHeight = fm.getAscent() + fm.getDescent();
        int banner = bannerLines.length * lineHeight + 2 * padding(font);
        return new Layout(banner, lineWidth, outline);
    }

    /**
     * The annotated image: banner rows on top, then the raster with the boxes (already scaled to raster
     * coordinates) drawn over it.
     */
    static BufferedImage render(DisplayRaster raster, List<ScaledBox> boxes, String[] bannerLines) {
        Layout layout = layout(raster.width(), raster.height(), bannerLines);
        int w = raster.width();
        int h = raster.height() + layout.bannerHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        // TYPE_BYTE_GRAY rasters are packed one byte per pixel with scanline stride == width.
        System.arraycopy(raster.pixels(), 0, data, layout.bannerHeight() * w, raster.pixels().length);

        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

            g.setColor(grey(BLACK));
            g.fillRect(0, 0, w, layout.bannerHeight());
            Font font = bannerFont(w, bannerLines);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            g.setColor(grey(WHITE));
            int y = padding(font) + fm.getAscent();
            for (String line : bannerLines) {
                g.drawString(line, padding(font), y);
                y += fm.getAscent() + fm.getDescent();
            }

            g.translate(0, layout.bannerHeight());
            g.setClip(0, 0, w, raster.height());
            for (ScaledBox box : boxes) {
                Rectangle r = box.rectangle();
                boolean dotted = box.kind() == FindingBox.Kind.DOUBT;
                g.setColor(grey(BLACK));
                g.setStroke(stroke(layout.lineWidth() + 2 * layout.outlineWidth(), dotted, layout.lineWidth()));
                g.draw(r);
                g.setColor(grey(WHITE));
                g.setStroke(stroke(layout.lineWidth(), dotted, layout.lineWidth()));
                g.draw(r);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A box in raster pixel coordinates (integer corners, inclusive of the outline path). */
    record ScaledBox(Rectangle rectangle, FindingBox.Kind kind) {}

    /** Maps a source-coordinate box onto a raster scaled by (sx, sy). */
    static ScaledBox scale(FindingBox b, double sx, double sy) {
        int x0 = (int) Math.round(b.column() * sx);
        int y0 = (int) Math.round(b.row() * sy);
        int x1 = (int) Math.round((b.column() + b.width()) * sx);
        int y1 = (int) Math.round((b.row() + b.height()) * sy);
        return new ScaledBox(new Rectangle(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0)), b.kind());
    }

    /** Dotted = dashes as long as the gaps, both a few line widths, so the gaps survive downscaling. */
    private static Stroke stroke(float width, boolean dotted, int lineWidth) {
        if (!dotted) {
            return new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
        }
        float dash = 3f * lineWidth;
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {dash, dash}, 0f);
    }

    private static Color grey(int v) {
        return new Color(v, v, v);
    }

    /** The largest font (8..48 px) with which every banner line fits the width. */
    private static Font bannerFont(int width, String[] lines) {
        int size = Math.max(8, Math.min(48, width / 40));
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, size);
        while (size > 8 && widest(font, lines) > width - 2 * padding(font)) {
            size--;
            font = font.deriveFont((float) size);
        }
        return font;
    }

    private static int widest(Font font, String[] lines) {
        FontMetrics fm = metrics(font);
        int max = 0;
        for (String s : lines) {
            max = Math.max(max, fm.stringWidth(s));
        }
        return max;
    }

    private static int padding(Font font) {
        return Math.max(2, font.getSize() / 4);
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = probe.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /** Banner text: category and score, then model and the disclaimer. */
    static String[] bannerLines(ImageFindings findings, AlgorithmIdentification algorithm) {
        String first = findings.probability() == null ? findings.category().label()
                : String.format(Locale.ROOT, "%s   score %.2f", findings.category().label(), findings.probability());
        String second = algorithm.name() + " " + algorithm.version() + "   " + DISCLAIMER;
        return new String[] {first, second};
    }
}
