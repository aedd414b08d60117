package org.fxtriage.service.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.pixel.DicomImageReader;
import org.fxtriage.dicom.pixel.RenderOptions;
import org.fxtriage.dicom.sc.AlgorithmIdentification;
import org.fxtriage.dicom.sc.AnnotatedSecondaryCapture;
import org.fxtriage.dicom.sc.DisplayRaster;
import org.fxtriage.dicom.sc.FindingBox;
import org.fxtriage.dicom.sc.ImageCategory;
import org.fxtriage.dicom.sc.ImageFindings;
import org.fxtriage.dicom.sc.SecondaryCaptureOptions;
import org.fxtriage.dicom.sc.SourceImage;
import org.fxtriage.dicom.sc.UidGenerator;
import org.fxtriage.dicom.sr.ReportOptions;
import org.fxtriage.dicom.sr.ReportVersion;
import org.fxtriage.dicom.sr.ReportedImage;
import org.fxtriage.dicom.sr.TriageReport;
import org.fxtriage.gateway.DurableFiles;
import org.fxtriage.service.worklist.BoxResult;
import org.fxtriage.service.worklist.ImageResult;
import org.fxtriage.service.worklist.TriageCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a study's result objects from a {@link StudyResults} snapshot: an annotated Secondary Capture for
 * every analysed image that has none yet, and a new version of the study's report. Files are written under
 * {@code <results dir>/<study>/<SOP Instance UID>.dcm} by {@link DurableFiles#write}, so a row that points at
 * a file always points at a complete one.
 */
public class ResultComposer {
    private static final Logger log = LoggerFactory.getLogger(ResultComposer.class);

    private final Path dir;
    private final ResultsSettings settings;
    private final UidGenerator uids;
    private final Clock clock;
    private final String softwareVersion;

    public ResultComposer(Path dir, ResultsSettings settings, String softwareVersion, Clock clock) {
        this.dir = dir;
        this.settings = settings;
        this.uids = new UidGenerator(settings.getUidRoot());
        this.softwareVersion = softwareVersion;
        this.clock = clock;
    }

    /**
     * The objects for this snapshot; an image whose file can no longer be read or rendered gets no annotated
     * copy (it is still in the report when its header is readable). Nothing is made when nothing changed.
     */
    public List<ResultObject> compose(StudyResults s) throws IOException {
        List<ResultObject> out = new ArrayList<>();
        Map<String, Part10File> headers = new HashMap<>();
        List<ImageResult> images = new ArrayList<>(s.images());
        // Instance order for the annotated series and the report: as received.
        images.sort(Comparator.comparing(ImageResult::receivedAt).thenComparing(ImageResult::sopInstanceUid));
        for (ImageResult img : images) {
            Path file = s.files().get(img.sopInstanceUid());
            if (file == null || img.scoredAt() == null) {
                continue;
            }
            try {
                headers.put(img.sopInstanceUid(), Part10Reader.read(file));
            } catch (IOException | RuntimeException e) {
                log.warn("study {}: image {} is left out of the results, its file is unreadable: {}", s.studyUid(),
                        img.sopInstanceUid(), e.toString());
            }
        }
        if (headers.isEmpty()) {
            return out;
        }
        Path studyDir = dir.resolve(safeName(s.studyUid()));
        if (settings.isSecondaryCapture()) {
            String series = s.scSeriesUid() != null ? s.scSeriesUid() : uids.next();
            int number = s.scCount();
            for (ImageResult img : images) {
                Part10File part10 = headers.get(img.sopInstanceUid());
                if (part10 == null || s.annotated().contains(img.sopInstanceUid()) || !analysed(img.category())) {
                    continue;
                }
                long t0 = System.nanoTime();
                Attributes sc;
                try {
                    sc = annotated(part10, img, series, number + 1);
                } catch (IOException | RuntimeException e) {
                    log.warn("study {}: no annotated copy of {}: {}", s.studyUid(), img.sopInstanceUid(), e.toString());
                    continue;
                }
                number++;
                String sop = sc.getString(Tag.SOPInstanceUID);
                Path file = studyDir.resolve(sop + ".dcm");
                DurableFiles.write(file, f -> AnnotatedSecondaryCapture.write(f, sc));
                double ms = (System.nanoTime() - t0) / 1e6;
                out.add(new ResultObject(s.studyUid(), ResultObject.SC, sc.getString(Tag.SOPClassUID), sop, series,
                        img.sopInstanceUid(), number, file, Files.size(file), s.resultsReadyAt(), ms));
            }
        }
        if (settings.isReport()) {
            long t0 = System.nanoTime();
            List<ReportedImage> reported = new ArrayList<>();
            Attributes studySource = null;
            AlgorithmIdentification algorithm = null;
            for (ImageResult img : images) {
                Part10File part10 = headers.get(img.sopInstanceUid());
                if (part10 == null) {
                    continue;
                }
                try {
                    reported.add(ReportedImage.of(SourceImage.of(part10), findings(img, part10)));
                } catch (RuntimeException e) {
                    log.warn("study {}: image {} is left out of the report: {}", s.studyUid(), img.sopInstanceUid(), e.toString());
                    continue;
                }
                studySource = studySource == null ? part10.dataset() : studySource;
                if (algorithm == null && img.modelName() != null && img.modelVersion() != null) {
                    algorithm = new AlgorithmIdentification(img.modelName(), img.modelVersion());
                }
            }
            if (!reported.isEmpty()) {
                if (algorithm == null) {
                    algorithm = new AlgorithmIdentification("fxtriage", softwareVersion);
                }
                ReportOptions options = new ReportOptions(uids, null, settings.getReportSeriesNumber(),
                        settings.getReportSeriesDescription(), "fxtriage", softwareVersion, clock);
                int pending = (int) s.pendingImages();
                Attributes sr = s.latestReport() == null
                        ? TriageReport.create(studySource, reported, pending, algorithm, options)
                        : TriageReport.supersede(new ReportVersion(s.studyUid(), s.latestReport().seriesUid(),
                                s.latestReport().sopInstanceUid(), s.latestReport().version()), studySource, reported,
                                pending, algorithm, options);
                String sop = sr.getString(Tag.SOPInstanceUID);
                Path file = studyDir.resolve(sop + ".dcm");
                DurableFiles.write(file, f -> TriageReport.write(f, sr));
                double ms = (System.nanoTime() - t0) / 1e6;
                out.add(new ResultObject(s.studyUid(), ResultObject.SR, sr.getString(Tag.SOPClassUID), sop,
                        sr.getString(Tag.SeriesInstanceUID), null, ReportVersion.of(sr).instanceNumber(), file,
                        Files.size(file), s.resultsReadyAt(), ms));
            }
        }
        return out;
    }

    /** Removes files of objects whose rows were not committed (another planner won). */
    public static void discard(List<ResultObject> objects) {
        for (ResultObject o : objects) {
            try {
                Files.deleteIfExists(o.file());
            } catch (IOException e) {
                log.warn("could not remove unused result file {}: {}", o.file(), e.toString());
            }
        }
    }

    private Attributes annotated(Part10File part10, ImageResult img, String series, int instanceNumber) throws IOException {
        var rendered = DicomImageReader.render(part10,
                RenderOptions.defaults().withMaxDimension(settings.getSecondaryCaptureMaxDimension()));
        DisplayRaster raster = new DisplayRaster(rendered.toGrey8(), rendered.width(), rendered.height());
        AlgorithmIdentification algorithm = new AlgorithmIdentification(
                img.modelName() == null ? "fxtriage" : img.modelName(),
                img.modelVersion() == null ? softwareVersion : img.modelVersion());
        SecondaryCaptureOptions options = new SecondaryCaptureOptions(uids, series,
                settings.getSecondaryCaptureSeriesNumber(), settings.getSecondaryCaptureSeriesDescription(),
                instanceNumber, "OT", "fxtriage", softwareVersion, clock);
        return AnnotatedSecondaryCapture.create(SourceImage.of(part10), raster, findings(img, part10), algorithm, options);
    }

    static boolean analysed(TriageCategory c) {
        return c == TriageCategory.POSITIVE || c == TriageCategory.DOUBT || c == TriageCategory.NEGATIVE;
    }

    /**
     * The image's result as findings: boxes take the image's category (solid for a positive image, dotted for
     * a doubtful one), clipped to the image; a negative image has none.
     */
    static ImageFindings findings(ImageResult img, Part10File part10) {
        ImageCategory category = switch (img.category()) {
            case POSITIVE -> ImageCategory.POSITIVE;
            case DOUBT -> ImageCategory.DOUBT;
            case NEGATIVE -> ImageCategory.NEGATIVE;
            default -> ImageCategory.NOT_ANALYSED;
        };
        if (category == ImageCategory.NOT_ANALYSED || img.probability() == null) {
            return ImageFindings.notAnalysed();
        }
        List<FindingBox> boxes = new ArrayList<>();
        if (category != ImageCategory.NEGATIVE) {
            int cols = part10.dataset().getInt(Tag.Columns, 0);
            int rows = part10.dataset().getInt(Tag.Rows, 0);
            FindingBox.Kind kind = category == ImageCategory.POSITIVE ? FindingBox.Kind.POSITIVE : FindingBox.Kind.DOUBT;
            for (BoxResult b : img.boxes()) {
                double x0 = clamp(b.x0(), cols);
                double y0 = clamp(b.y0(), rows);
                double x1 = clamp(b.x1(), cols);
                double y1 = clamp(b.y1(), rows);
                if (x1 - x0 >= 1 && y1 - y0 >= 1) {
                    boxes.add(new FindingBox(x0, y0, x1 - x0, y1 - y0, kind));
                }
            }
        }
        return new ImageFindings(category, Math.max(0.0, Math.min(1.0, img.probability())), boxes);
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    /** A study UID is a UID (digits and dots), but the path must not depend on that. */
    static String safeName(String uid) {
        return UID.isValid(uid) ? uid : uid.replaceAll("[^0-9A-Za-z.]", "_");
    }
}
