package org.fxtriage.inference.image;

/**
 * A file read by an {@link ImageSource}: the display image plus what its header says (all optional, for the
 * model's intended-use check; PNG and JPEG carry none).
 *
 * @param image     display values in [0, 1]
 * @param format    e.g. {@code PNG}, {@code JPEG}, {@code DICOM}
 * @param modality  DICOM Modality, or null
 * @param bodyPart  DICOM Body Part Examined, or null
 * @param ageYears  patient age in years, or null
 */
public record SourceImage(GreyImage image, String format, String modality, String bodyPart, Double ageYears) {

    public static SourceImage of(GreyImage image, String format) {
        return new SourceImage(image, format, null, null, null);
    }
}
