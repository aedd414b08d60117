package org.fxtriage.service.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.fxtriage.dicom.data.Attributes;
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
        return new InstanceHeader(text(ds, Tag.PatientName), text(ds, Tag.PatientID), ageYears(ds),
                text(ds, Tag.PatientSex), upper(text(ds, Tag.Modality)), upper(text(ds, Tag.BodyPartExamined)),
                text(ds, Tag.StudyDescription), text(ds, Tag.AccessionNumber));
    }

    /**
     * Patient age in years: Patient's Age (AS, PS3.5 §6.2: {@code nnnD|W|M|Y}) when present, otherwise birth
     * date to study (or content) date; null when neither is known or plausible.
     */
    static Double ageYears(Attributes ds) {
        String as = text(ds, Tag.PatientAge);
        if (as != null && as.length() == 4) {
            try {
                double n = Integer.parseInt(as.substring(0, 3));
                Double years = switch (Character.toUpperCase(as.charAt(3))) {
                    case 'D' -> n / 365.25;
                    case 'W' -> n * 7 / 365.25;
                    case 'M' -> n / 12;
                    case 'Y' -> n;
                    default -> null;
                };
                if (years != null) {
                    return years;
                }
            } catch (NumberFormatException ignored) {
                // fall back to the dates
            }
        }
        LocalDate birth = date(text(ds, Tag.PatientBirthDate));
        LocalDate at = date(text(ds, Tag.StudyDate));
        if (at == null) {
            at = date(text(ds, Tag.ContentDate));
        }
        if (birth == null || at == null || at.isBefore(birth)) {
            return null;
        }
        double years = ChronoUnit.DAYS.between(birth, at) / 365.25;
        return years > 130 ? null : years; // 19000101 is a common "unknown" placeholder, not an age
    }

    private static LocalDate date(String da) {
        if (da == null || da.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(da.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
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
