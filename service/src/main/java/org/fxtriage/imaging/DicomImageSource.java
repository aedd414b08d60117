package org.fxtriage.imaging;

import java.io.IOException;
import java.nio.file.Path;

import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.PatientAge;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.pixel.DicomImageReader;
import org.fxtriage.dicom.pixel.DisplayRaster;
import org.fxtriage.dicom.pixel.PixelDataException;
import org.fxtriage.dicom.pixel.RenderOptions;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.image.ImageSource;
import org.fxtriage.inference.image.SourceImage;
import org.fxtriage.inference.image.UnsupportedImageException;

/**
 * DICOM Part 10 files (recognised by the "DICM" magic at offset 128, PS3.10 §7.1), rendered by the pixel
 * pipeline to the display image the model expects (modality, VOI and presentation LUTs applied, MONOCHROME1
 * inverted: bone bright), with the header fields the model's intended-use check reads.
 *
 * <p>The image is rendered at full resolution so that the model's letterbox area-averages from the
 * stored pixels exactly as the recipe says and boxes come back in stored-pixel coordinates.
 */
public final class DicomImageSource implements ImageSource {

    private final RenderOptions options;

    public DicomImageSource() {
        this(RenderOptions.defaults());
    }

    public DicomImageSource(RenderOptions options) {
        if (options.maxDimension() > 0) {
            // A downsampled raster would put boxes in raster, not stored-pixel, coordinates.
            throw new IllegalArgumentException("DicomImageSource renders at full size; maxDimension must be 0");
        }
        this.options = options;
    }

    @Override
    public String format() {
        return "DICOM";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return head.length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
    }

    @Override
    public SourceImage read(Path file) throws IOException, UnsupportedImageException {
        Part10File part10 = Part10Reader.read(file);
        DisplayRaster raster;
        try {
            raster = DicomImageReader.render(part10, options);
        } catch (PixelDataException e) {
            throw new UnsupportedImageException(file.getFileName() + ": " + e.getMessage());
        }
        Attributes ds = part10.dataset();
        GreyImage image = new GreyImage(raster.width(), raster.height(), raster.unitValues());
        return new SourceImage(image, "DICOM", ds.getString(Tag.Modality), ds.getString(Tag.BodyPartExamined),
                PatientAge.years(ds));
    }
}
