package org.fxtriage.dicom.sc;

import java.util.Objects;

/** The model that produced the findings: name and version, as shown in the banner and the report. */
public record AlgorithmIdentification(String name, String version) {

    public AlgorithmIdentification {
        requireText(name, "algorithm name");
        requireText(version, "algorithm version");
    }

    static void requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank() || s.length() > 64 || s.indexOf('\\') >= 0) {
            throw new IllegalArgumentException(what + " must be 1..64 characters without backslash (LO)");
        }
    }
}
