package org.fxtriage.inference.predict;

/**
 * What is known about an image besides its pixels, for the card's intended-use check. Every field is
 * optional ({@code null} = unknown); an unknown field is never a reason to decline (MODEL_PACKAGE.md).
 *
 * @param modality  DICOM Modality (0008,0060), e.g. {@code CR}, {@code DX}
 * @param bodyPart  DICOM Body Part Examined (0018,0015), e.g. {@code WRIST}
 * @param ageYears  patient age in years at acquisition
 */
public record ImageContext(String modality, String bodyPart, Double ageYears) {

    private static final ImageContext UNKNOWN = new ImageContext(null, null, null);

    /** What a file's header said (nothing for PNG/JPEG). */
    public static ImageContext of(org.fxtriage.inference.image.SourceImage source) {
        return new ImageContext(source.modality(), source.bodyPart(), source.ageYears());
    }

    /** Nothing known (PNG/JPEG test images). */
    public static ImageContext unknown() {
        return UNKNOWN;
    }
}
