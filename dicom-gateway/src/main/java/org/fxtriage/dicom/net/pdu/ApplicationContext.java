package org.fxtriage.dicom.net.pdu;

import java.util.Objects;

/** Application Context item (type 0x10, PS3.8 §9.3.2.1). DICOM defines exactly one name. */
public record ApplicationContext(String name) {
    /** The DICOM Application Context Name (PS3.7 Annex A.2.1). */
    public static final ApplicationContext DICOM = new ApplicationContext("1.2.840.10008.3.1.1.1");

    public ApplicationContext {
        Objects.requireNonNull(name, "name");
    }

    public boolean isDicom() {
        return DICOM.name.equals(name);
    }
}
