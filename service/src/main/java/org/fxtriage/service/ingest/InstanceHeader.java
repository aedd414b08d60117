package org.fxtriage.service.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.PatientAge;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;

/**
 * What the worklist shows about an instance, read from its header (pixel data skipped). Holds patient
 * data: never log it.
 */
public record InstanceHeader(String patientName, String patientId, Double patientAgeYears, String patientSex,
                             String modality, String bodyPart, String studyDescription, String accessionNumber) {

    public static InstanceHeader read(Path file) throws IOException {
        Attributes ds = Part10Reader.read(file, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP)).dataset();
        return of(ds);
    }

    public static InstanceHeader of(Attributes ds) {
        return new InstanceHeader(text(ds, Tag.PatientName), text(ds, Tag.PatientID), PatientAge.years(ds),
                text(ds, Tag.PatientSex), upper(text(ds, Tag.Modality)), upper(text(ds, Tag.BodyPartExamined)),
                text(ds, Tag.StudyDescription), text(ds, Tag.AccessionNumber));
    }

    private static String text(Attributes ds, int tag) {
        String s = ds.getString(tag);
        if (s == null) {
            return null;
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }
}
