package org.fxtriage.service.worklist;

import jakarta.inject.Singleton;
import java.util.List;

/** The configured {@link BoostRule}s ({@code fxtriage.worklist.boosts.*}). */
@Singleton
public class WorklistRules {
    private final List<BoostRule> boosts;

    public WorklistRules(List<BoostSettings> settings) {
        this.boosts = settings.stream().map(BoostSettings::rule).toList();
    }

    public List<BoostRule> boosts() {
        return boosts;
    }
}
