package org.fxtriage.service.worklist;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a study shows on the worklist, computed from its images (DESIGN §6): the most severe image
 * category, the highest image score, and the boost of the rules it matches.
 *
 * @param category   most severe of the images' categories (PENDING for a study without images yet)
 * @param score      max probability over the scored images; null when none is scored
 * @param boost      sum of the weights of the matching {@link BoostRule}s
 * @param imageCount images received
 */
public record StudyAggregate(TriageCategory category, Double score, int boost, int imageCount) {

    /** One image as the aggregation sees it. */
    public record ImageState(TriageCategory category, Double probability, String bodyPart) {
    }

    public static StudyAggregate of(List<ImageState> images, Double ageYears, Collection<BoostRule> rules) {
        TriageCategory category = images.isEmpty() ? TriageCategory.PENDING : TriageCategory.NEGATIVE;
        Double score = null;
        Set<String> bodyParts = new HashSet<>();
        for (ImageState i : images) {
            category = TriageCategory.mostSevere(category, i.category());
            if (i.probability() != null && (score == null || i.probability() > score)) {
                score = i.probability();
            }
            if (i.bodyPart() != null && !i.bodyPart().isBlank()) {
                bodyParts.add(i.bodyPart().strip().toUpperCase(Locale.ROOT));
            }
        }
        int boost = 0;
        for (BoostRule r : rules) {
            if (r.matches(bodyParts, ageYears)) {
                boost += r.weight();
            }
        }
        return new StudyAggregate(category, score, boost, images.size());
    }
}
