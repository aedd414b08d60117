package org.fxtriage.service.analysis;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.io.DicomFormatException;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.pixel.CorruptPixelDataException;
import org.fxtriage.dicom.pixel.DicomImageReader;
import org.fxtriage.dicom.pixel.DisplayRaster;
import org.fxtriage.dicom.pixel.RenderOptions;
import org.fxtriage.dicom.pixel.UnsupportedPixelDataException;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.model.ModelCard;
import org.fxtriage.inference.predict.Box;
import org.fxtriage.inference.predict.ImageContext;
import org.fxtriage.inference.predict.IntendedUseCheck;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.PredictionException;
import org.fxtriage.inference.predict.PredictorPool;
import org.fxtriage.service.ingest.InstanceHeader;

/**
 * One stored instance → one {@link Prediction}: header → intended-use check (before any pixel is decoded) →
 * pixel pipeline rendered straight to the size the model needs → predictor pool → boxes back in source
 * pixels. Problems that another attempt cannot fix (pixel data we do not decode, corrupt pixels, an
 * unparsable file) come back as NOT_ANALYSED with the reason; anything else is thrown for a retry.
 */
@Singleton
@Requires(beans = ModelService.class)
public class ImageAnalyser {
    private final ModelService models;

    public ImageAnalyser(ModelService models) {
        this.models = models;
    }

    public Prediction analyse(Path file) throws IOException, PredictionException {
        ModelCard card = models.model().card();
        Part10File part10;
        try {
            part10 = Part10Reader.read(file);
        } catch (DicomFormatException e) {
            return Prediction.notAnalysed("unreadable DICOM file: " + e.getMessage(), card.name(), card.version(), null);
        }
        Attributes ds = part10.dataset();
        InstanceHeader h = InstanceHeader.of(ds);
        ImageContext context = new ImageContext(h.modality(), h.bodyPart(), h.patientAgeYears());
        Optional<String> decline = IntendedUseCheck.declineReason(card.intendedUse(), context);
        if (decline.isPresent()) {
            return Prediction.notAnalysed(decline.get(), card.name(), card.version(), null);
        }
        long t0 = System.nanoTime();
        DisplayRaster raster;
        try {
            raster = DicomImageReader.render(part10, RenderOptions.defaults().withMaxDimension(models.renderDimension()));
        } catch (UnsupportedPixelDataException e) {
            return Prediction.notAnalysed("unsupported image: " + e.getMessage(), card.name(), card.version(), null);
        } catch (CorruptPixelDataException e) {
            return Prediction.notAnalysed("corrupt pixel data: " + e.getMessage(), card.name(), card.version(), null);
        } catch (DicomFormatException e) {
            return Prediction.notAnalysed("unreadable DICOM file: " + e.getMessage(), card.name(), card.version(), null);
        }
        long decode = System.nanoTime() - t0;
        GreyImage image = new GreyImage(raster.width(), raster.height(), raster.unitValues());
        PredictorPool pool = models.pool();
        Prediction p = PredictorPool.await(pool.submit(image, context, decode));
        return inSourcePixels(p, raster);
    }

    /** The model saw the downsampled raster; the boxes are reported on the stored image's pixel grid. */
    static Prediction inSourcePixels(Prediction p, DisplayRaster r) {
        if (p.boxes().isEmpty()) {
            return p;
        }
        double sx = r.scaleX();
        double sy = r.scaleY();
        List<Box> boxes = new ArrayList<>();
        for (Box b : p.boxes()) {
            boxes.add(new Box(b.x0() * sx, b.y0() * sy, b.x1() * sx, b.y1() * sy, b.score()));
        }
        return new Prediction(p.category(), p.reason(), p.probability(), p.logit(), boxes, p.modelName(),
                p.modelVersion(), p.timings());
    }
}
