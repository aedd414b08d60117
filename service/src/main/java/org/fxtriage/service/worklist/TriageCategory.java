package org.fxtriage.service.worklist;

import org.fxtriage.inference.predict.Category;

/** Worklist category of an image or a study (DESIGN §6), declared most severe first: {@link #rank()} orders the worklist. */
public enum TriageCategory {
    POSITIVE, DOUBT, PENDING, NOT_ANALYSED, NEGATIVE;

    /** 0 = most severe. */
    public int rank() {
        return ordinal();
    }

    public static TriageCategory of(Category c) {
        return switch (c) {
            case POSITIVE -> POSITIVE;
            case DOUBT -> DOUBT;
            case NEGATIVE -> NEGATIVE;
            case NOT_ANALYSED -> NOT_ANALYSED;
        };
    }

    /** The more severe of two. */
    public static TriageCategory mostSevere(TriageCategory a, TriageCategory b) {
        return a.rank() <= b.rank() ? a : b;
    }
}
