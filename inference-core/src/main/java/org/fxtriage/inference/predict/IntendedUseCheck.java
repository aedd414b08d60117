package org.fxtriage.inference.predict;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fxtriage.inference.model.ModelCard;

/**
 * The card's intended use applied to one image (MODEL_PACKAGE.md "Intended use"): decline an image whose
 * header states another modality, a body part outside the list, or an age outside the range; a field
 * that is missing (from the header or from the card) is never a reason to decline.
 */
public final class IntendedUseCheck {
    private IntendedUseCheck() {
    }

    /** Why the image is out of scope, or empty when the model may score it. */
    public static Optional<String> declineReason(ModelCard.IntendedUse use, ImageContext ctx) {
        if (use == null || ctx == null) {
            return Optional.empty();
        }
        String modality = norm(ctx.modality());
        if (modality != null && !isEmpty(use.modalities()) && !contains(use.modalities(), modality)) {
            return Optional.of("modality " + modality + " is outside the model's intended use " + use.modalities());
        }
        String part = norm(ctx.bodyPart());
        if (part != null && !isEmpty(use.bodyParts()) && !contains(use.bodyParts(), part)) {
            return Optional.of("body part " + part + " is outside the model's intended use " + use.bodyParts());
        }
        Double age = ctx.ageYears();
        if (age != null && use.minAgeYears() != null && age < use.minAgeYears()) {
            return Optional.of("patient age below the model's minimum of " + fmt(use.minAgeYears()) + " years");
        }
        if (age != null && use.maxAgeYears() != null && age > use.maxAgeYears()) {
            return Optional.of("patient age above the model's maximum of " + fmt(use.maxAgeYears()) + " years");
        }
        return Optional.empty();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean isEmpty(List<String> l) {
        return l == null || l.isEmpty();
    }

    private static boolean contains(List<String> allowed, String v) {
        for (String a : allowed) {
            if (v.equals(norm(a))) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.trim().toUpperCase(Locale.ROOT);
    }
}
