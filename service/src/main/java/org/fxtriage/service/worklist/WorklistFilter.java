package org.fxtriage.service.worklist;

import java.util.Set;

/**
 * Which studies a worklist query returns; an empty set means "any".
 *
 * @param categories study categories to include
 * @param statuses   study statuses to include
 */
public record WorklistFilter(Set<TriageCategory> categories, Set<StudyStatus> statuses) {
    public WorklistFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static WorklistFilter all() {
        return new WorklistFilter(Set.of(), Set.of());
    }
}
