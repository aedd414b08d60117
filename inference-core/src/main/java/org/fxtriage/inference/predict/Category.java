package org.fxtriage.inference.predict;

/** Image triage category (DESIGN.md §6), most severe first. */
public enum Category {
    /** p ≥ positive threshold (high specificity). */
    POSITIVE,
    /** doubt threshold ≤ p &lt; positive threshold (high sensitivity). */
    DOUBT,
    /** p &lt; doubt threshold. */
    NEGATIVE,
    /** Not scored: out of the model's intended use, or the image could not be read; the reason says which. */
    NOT_ANALYSED
}
