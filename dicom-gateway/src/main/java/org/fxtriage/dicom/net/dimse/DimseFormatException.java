package org.fxtriage.dicom.net.dimse;

import java.io.IOException;

/** A command set that does not follow PS3.7 §6.3 / Annex E. */
public class DimseFormatException extends IOException {
    public DimseFormatException(String message) {
        super(message);
    }
}
