package org.fxtriage.service.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.fxtriage.dicom.pixel.DicomImageReader;
import org.fxtriage.dicom.pixel.DisplayRaster;
import org.fxtriage.dicom.pixel.PixelDataException;
import org.fxtriage.dicom.pixel.RenderOptions;
import org.fxtriage.service.api.NotFoundException;
import org.fxtriage.service.api.UnprocessableImageException;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.security.Roles;
import org.fxtriage.service.worklist.BoxResult;
import org.fxtriage.service.worklist.ImageResult;
import org.fxtriage.service.worklist.StudyDetail;
import org.fxtriage.service.worklist.TriageCategory;
import org.fxtriage.service.worklist.WorklistService;

/**
 * {@code GET /api/v1/studies/{studyUid}/images/{sopUid}/overlay.png?max=512}: the stored instance rendered
 * through the pixel pipeline (modality/VOI/presentation LUTs, downsampled so the longer side is at most
 * {@code max}) with the model's boxes drawn on it, as the Secondary Capture sent to the PACS draws them
 * (DESIGN §8): solid red when the image is positive, dotted amber when it is doubtful. Used by the web study
 * view for thumbnails and the enlarged image.
 */
@Controller("/api/v1/studies")
@Secured({Roles.CLINICIAN, Roles.RADIOLOGIST, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class OverlayController {
    static final int DEFAULT_MAX = 512;
    static final int MIN_MAX = 32;
    static final int MAX_MAX = 2048;
    static final Color POSITIVE = new Color(0xE0, 0x1E, 0x1E);
    static final Color DOUBT = new Color(0xFF, 0xB0, 0x00);

    private final WorklistService worklist;
    private final Database db;

    public OverlayController(WorklistService worklist, Database db) {
        this.worklist = worklist;
        this.db = db;
    }

    @Get("/{studyUid}/images/{sopUid}/overlay.png")
    public HttpResponse<byte[]> overlay(@PathVariable String studyUid, @PathVariable String sopUid,
                                   @QueryValue(defaultValue = "512") int max) {
        if (max < MIN_MAX || max > MAX_MAX) {
            throw new IllegalArgumentException("max must be " + MIN_MAX + ".." + MAX_MAX + ", not " + max);
        }
        StudyDetail detail = worklist.study(studyUid); // 404 problem for an unknown study
        Optional<ImageResult> image = detail.images().stream().filter(i -> i.sopInstanceUid().equals(sopUid)).findFirst();
        Optional<Path> file = image.flatMap(i -> storedFile(studyUid, sopUid));
        if (image.isEmpty() || file.isEmpty() || !Files.isRegularFile(file.get())) {
            throw new NotFoundException("no stored image " + sopUid + " in study " + studyUid);
        }
        DisplayRaster raster;
        try {
            raster = DicomImageReader.read(file.get(), RenderOptions.defaults().withMaxDimension(max));
        } catch (PixelDataException e) {
            throw new UnprocessableImageException("image " + sopUid + " cannot be rendered: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("reading stored image " + sopUid + " failed: " + e.getMessage(), e);
        }
        byte[] png = png(draw(raster, image.get()));
        // Results can still change while an image is pending; a scored image's overlay never changes.
        String cache = image.get().category() == TriageCategory.PENDING ? "no-store" : "private, max-age=300";
        return HttpResponse.ok(png).contentType("image/png").header("Cache-Control", cache);
    }

    private Optional<Path> storedFile(String studyUid, String sopUid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_path FROM instance WHERE sop_instance_uid = ? AND study_uid = ?")) {
                ps.setString(1, sopUid);
                ps.setString(2, studyUid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Path.of(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The greyscale raster as RGB with the boxes (source-pixel coordinates) scaled onto it. */
    static BufferedImage draw(DisplayRaster raster, ImageResult image) {
        int w = raster.width();
        int h = raster.height();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        byte[] grey = raster.toGrey8();
        int[] rgb = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int v = grey[i] & 0xFF;
            rgb[i] = (v << 16) | (v << 8) | v;
        }
        out.setRGB(0, 0, w, h, rgb, 0, w);
        if (image.boxes().isEmpty()) {
            return out;
        }
        boolean positive = image.category() == TriageCategory.POSITIVE;
        float line = Math.max(2f, Math.max(w, h) / 200f);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(positive ? POSITIVE : DOUBT);
            g.setStroke(positive ? new BasicStroke(line)
                    : new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {line, line * 2.5f}, 0f));
            double sx = raster.scaleX();
            double sy = raster.scaleY();
            for (BoxResult b : image.boxes()) {
                int x0 = (int) Math.round(b.x0() / sx);
                int y0 = (int) Math.round(b.y0() / sy);
                int x1 = (int) Math.round(b.x1() / sx);
                int y1 = (int) Math.round(b.y1() / sy);
                g.drawRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return bytes.toByteArray();
    }
}
