package org.fxtriage.dicom.sc;

/** The triage category of one analysed image (DESIGN §6), as it goes back to the PACS. */
public enum ImageCategory {
    POSITIVE("POSITIVE"),
    DOUBT("DOUBT"),
    NEGATIVE("NEGATIVE"),
    NOT_ANALYSED("NOT ANALYSED");

    private final String label;

    ImageCategory(String label) {
        this.label = label;
    }

    /** The text burned into the banner. */
    public String label() {
        return label;
    }
}
