package org.fxtriage.service.worklist;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** One {@code fxtriage.worklist.boosts.<name>} entry of application.yml; see {@link BoostRule}. */
@EachProperty("fxtriage.worklist.boosts")
public class BoostSettings {
    private final String name;
    private List<String> bodyParts = new ArrayList<>();
    private Double minAgeYears;
    private int weight = 1;

    public BoostSettings(@Parameter String name) {
        this.name = name;
    }

    public List<String> getBodyParts() {
        return bodyParts;
    }

    public void setBodyParts(List<String> bodyParts) {
        this.bodyParts = bodyParts;
    }

    public Double getMinAgeYears() {
        return minAgeYears;
    }

    public void setMinAgeYears(Double minAgeYears) {
        this.minAgeYears = minAgeYears;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }

    public BoostRule rule() {
        return new BoostRule(name, new HashSet<>(bodyParts), minAgeYears, weight);
    }
}
