package org.fxtriage.service.worklist;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves a study up within its category (DESIGN §6), e.g. a hip or femur radiograph of a patient aged 65 or
 * more: a missed hip fracture in the elderly costs the most. A condition left empty matches anything; a
 * study whose age is unknown never matches a rule that asks for an age.
 *
 * @param name        for the configuration and the API
 * @param bodyParts   Body Part Examined values (any image of the study), upper case; empty = any
 * @param minAgeYears patient age at least this; null = any
 * @param weight      added to the study's boost when the rule matches
 */
public record BoostRule(String name, Set<String> bodyParts, Double minAgeYears, int weight) {

    public BoostRule {
        bodyParts = bodyParts == null ? Set.of()
                : bodyParts.stream().map(b -> b.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean matches(Set<String> studyBodyParts, Double ageYears) {
        if (!bodyParts.isEmpty() && studyBodyParts.stream().noneMatch(bodyParts::contains)) {
            return false;
        }
        return minAgeYears == null || ageYears != null && ageYears >= minAgeYears;
    }
}
