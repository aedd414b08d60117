package org.fxtriage.dicom.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The patient's age at the time of the study, as a header states it. */
public final class PatientAge {

    private PatientAge() {
    }

    /**
     * Age in years: Patient's Age (AS, PS3.5 §6.2: {@code nnnD|W|M|Y}) when present, otherwise birth date to
     * study (or content) date; null when neither is known or plausible. A missing age is "unknown", never 0.
     */
    public static Double years(Attributes ds) {
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
        String birthDate = text(ds, Tag.PatientBirthDate);
        // 19000101 is a common "unknown" placeholder, not a birth date.
        LocalDate birth = "19000101".equals(birthDate) ? null : date(birthDate);
        LocalDate at = date(text(ds, Tag.StudyDate));
        if (at == null) {
            at = date(text(ds, Tag.ContentDate));
        }
        if (birth == null || at == null || at.isBefore(birth)) {
            return null;
        }
        double years = ChronoUnit.DAYS.between(birth, at) / 365.25;
        return years > 125 ? null : years; // older than anyone has lived: a wrong date, not an age
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
}
