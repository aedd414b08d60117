package org.fxtriage.dicom.sc;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.io.Part10Writer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the annotated Secondary Capture Image (PS3.3 §A.8.1) for one analysed image: the display
 * raster with the boxes and a banner burned in, filed in the source's study under a new series. See
 * the package documentation for the IOD choice and the modules written.
 */
public final class AnnotatedSecondaryCapture {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotatedSecondaryCapture.class);
    static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss.SSS", Locale.ROOT);

    /** CID 7202 "Source Image Purposes of Reference" (PS3.16). */
    static final String[] PURPOSE_SOURCE_FOR_PROCESSING = {"121322", "DCM", "Source image for image processing operation"};

    private AnnotatedSecondaryCapture() {}

    /**
     * The complete SC dataset (pixel data included), ready for {@link #write}.
     *
     * @param source the analysed image (its dataset supplies patient/study and the reference)
     * @param raster the display-ready raster of that image, possibly downsampled
     * @param findings category, probability and boxes in source pixel coordinates
     * @throws IllegalArgumentException when a box lies outside the source image, or the raster's aspect
     *     ratio differs from the source's by more than 2 % (boxes could not be mapped)
     */
    public static Attributes create(SourceImage source, DisplayRaster raster, ImageFindings findings,
            AlgorithmIdentification algorithm, SecondaryCaptureOptions options) {
        int srcCols = source.columns();
        int srcRows = source.rows();
        double sx = (double) raster.width() / srcCols;
        double sy = (double) raster.height() / srcRows;
        if (Math.abs(sx / sy - 1.0) > 0.02) {
            throw new IllegalArgumentException("raster " + raster.width() + "x" + raster.height()
                    + " does not have the source's aspect ratio " + srcCols + "x" + srcRows);
        }
        List<BurnIn.ScaledBox> scaled = new ArrayList<>();
        for (FindingBox b : findings.boxes()) {
            if (!b.fitsIn(srcCols, srcRows)) {
                throw new IllegalArgumentException("box " + b + " lies outside the " + srcCols + "x" + srcRows + " source image");
            }
            scaled.add(BurnIn.scale(b, sx, sy));
        }
        String[] banner = BurnIn.bannerLines(findings, algorithm);
        BufferedImage img = BurnIn.render(raster, scaled, banner);

        ZonedDateTime now = ZonedDateTime.now(options.clock());
        String date = DA.format(now);
        String time = TM.format(now);
        Attributes src = source.dataset();
        Attributes ds = new Attributes(96);

        // Patient, General Study, Patient Study (copied) + Specific Character Set for their text.
        PatientStudyModules.copy(src, ds);

        // SOP Common (PS3.3 §C.12.1)
        ds.setString(Tag.SOPClassUID, VR.UI, UID.SecondaryCaptureImageStorage);
        String sopInstanceUid = options.uids().next();
        ds.setString(Tag.SOPInstanceUID, VR.UI, sopInstanceUid);
        ds.setString(Tag.InstanceCreationDate, VR.DA, date);
        ds.setString(Tag.InstanceCreationTime, VR.TM, time);

        // General Series (§C.7.3.1)
        String seriesUid = options.seriesInstanceUid() != null ? options.seriesInstanceUid() : options.uids().next();
        ds.setString(Tag.Modality, VR.CS, options.modality());
        ds.setString(Tag.SeriesInstanceUID, VR.UI, seriesUid);
        ds.setInt(Tag.SeriesNumber, VR.IS, options.seriesNumber());
        ds.setString(Tag.SeriesDescription, VR.LO, options.seriesDescription());
        ds.setString(Tag.SeriesDate, VR.DA, date);
        ds.setString(Tag.SeriesTime, VR.TM, time);
        copyIfPresent(src, ds, Tag.BodyPartExamined);
        String laterality = laterality(src);
        if (laterality != null) {
            ds.setString(Tag.Laterality, VR.CS, laterality);
        } else if (ds.contains(Tag.BodyPartExamined)) {
            // 2C: required (possibly empty = unknown) when the body part is paired (§C.7.3.1).
            ds.setValue(Tag.Laterality, VR.CS, null);
        }

        // General Equipment (§C.7.5.1) and SC Equipment (§C.8.6.1): the image was made by software.
        ds.setString(Tag.Manufacturer, VR.LO, options.manufacturer());
        ds.setString(Tag.SoftwareVersions, VR.LO, options.softwareVersion());
        ds.setString(Tag.ConversionType, VR.CS, "WSD");
        ds.setString(Tag.SecondaryCaptureDeviceManufacturer, VR.LO, options.manufacturer());
        ds.setString(Tag.SecondaryCaptureDeviceSoftwareVersions, VR.LO, options.softwareVersion());

        // SC Image (§C.8.6.2)
        ds.setString(Tag.DateOfSecondaryCapture, VR.DA, date);
        ds.setString(Tag.TimeOfSecondaryCapture, VR.TM, time);

        // General Image (§C.7.6.1) and General Reference (§C.12.4)
        ds.setInt(Tag.InstanceNumber, VR.IS, options.instanceNumber());
        // 2C: required when there is no Image Orientation (Patient); orientation survives scaling.
        String[] orientation = src.getStrings(Tag.PatientOrientation);
        if (orientation.length == 2 && !orientation[0].isEmpty()) {
            ds.setString(Tag.PatientOrientation, VR.CS, orientation);
        } else {
            ds.setValue(Tag.PatientOrientation, VR.CS, null);
        }
        ds.setString(Tag.ContentDate, VR.DA, date);
        ds.setString(Tag.ContentTime, VR.TM, time);
        ds.setString(Tag.ImageType, VR.CS, "DERIVED", "SECONDARY");
        ds.setString(Tag.DerivationDescription, VR.ST, derivationDescription(raster, srcCols, srcRows, algorithm));
        Attributes ref = ds.newSequence(Tag.SourceImageSequence).addItem();
        ref.setString(Tag.ReferencedSOPClassUID, VR.UI, source.sopClassUid());
        ref.setString(Tag.ReferencedSOPInstanceUID, VR.UI, source.sopInstanceUid());
        setCode(ref.newSequence(Tag.PurposeOfReferenceCodeSequence).addItem(), PURPOSE_SOURCE_FOR_PROCESSING);
        ds.setString(Tag.BurnedInAnnotation, VR.CS, "YES");
        if (source.lossyCompressed()) {
            // §C.7.6.1.1.5: once lossy, always lossy; carry the history when the source has it.
            ds.setString(Tag.LossyImageCompression, VR.CS, "01");
            copyIfPresent(src, ds, Tag.LossyImageCompressionRatio);
            copyIfPresent(src, ds, Tag.LossyImageCompressionMethod);
        } else {
            ds.setString(Tag.LossyImageCompression, VR.CS, "00");
        }

        // Image Pixel (§C.7.6.3): 8-bit MONOCHROME2, as rendered.
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, img.getHeight());
        ds.setInt(Tag.Columns, VR.US, img.getWidth());
        ds.setInt(Tag.BitsAllocated, VR.US, 8);
        ds.setInt(Tag.BitsStored, VR.US, 8);
        ds.setInt(Tag.HighBit, VR.US, 7);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        // VOI LUT (§C.11.2): identity window, so viewers show the rendered values as they are.
        ds.setString(Tag.WindowCenter, VR.DS, "127.5");
        ds.setString(Tag.WindowWidth, VR.DS, "256");
        ds.setBytes(Tag.PixelData, VR.OB, ((DataBufferByte) img.getRaster().getDataBuffer()).getData().clone());

        LOG.debug("secondary capture {} for source {} ({} boxes)", sopInstanceUid, source.sopInstanceUid(), scaled.size());
        return ds;
    }

    /** Writes the dataset as a Part 10 file in explicit VR little endian. */
    public static void write(Path file, Attributes dataset) throws IOException {
        Part10Writer.write(file, dataset, UID.ExplicitVRLittleEndian);
    }

    /** Rows the banner occupies at the top of the pixel data for a raster of this width. */
    public static int bannerHeight(DisplayRaster raster, ImageFindings findings, AlgorithmIdentification algorithm) {
        return BurnIn.layout(raster.width(), raster.height(), BurnIn.bannerLines(findings, algorithm)).bannerHeight();
    }

    private static String derivationDescription(DisplayRaster raster, int srcCols, int srcRows, AlgorithmIdentification a) {
        String s = "Display rendering of the source image (" + srcCols + "x" + srcRows + " to " + raster.width() + "x"
                + raster.height() + ") with fracture triage results of " + a.name() + " " + a.version()
                + " burned in: solid boxes positive, dotted boxes doubt. AI triage, not a diagnosis.";
        return s.length() <= 1024 ? s : s.substring(0, 1024);
    }

    /** R or L from the source's (series) Laterality or, for DX-like IODs, its Image Laterality. */
    static String laterality(Attributes src) {
        for (int tag : new int[] {Tag.Laterality, Tag.ImageLaterality}) {
            String v = src.getString(tag);
            if ("R".equals(v) || "L".equals(v)) {
                return v;
            }
        }
        return null;
    }

    static void setCode(Attributes item, String[] code) {
        item.setString(Tag.CodeValue, VR.SH, code[0]);
        item.setString(Tag.CodingSchemeDesignator, VR.SH, code[1]);
        item.setString(Tag.CodeMeaning, VR.LO, code[2]);
    }

    private static void copyIfPresent(Attributes from, Attributes to, int tag) {
        if (from.containsValue(tag)) {
            to.setValue(tag, from.getVR(tag), from.getValue(tag));
        }
    }
}
