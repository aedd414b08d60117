package org.fxtriage.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.VR;
import org.junit.jupiter.api.Test;

class InstanceHeaderTest {


    @Test
    void modalityAndBodyPartAreUpperCasedForTheIntendedUseCheck() {
        Attributes a = new Attributes();
        a.setString(Tag.Modality, VR.CS, "cr");
        a.setString(Tag.BodyPartExamined, VR.CS, "Hip ");
        InstanceHeader h = InstanceHeader.of(a);
        assertEquals("CR", h.modality());
        assertEquals("HIP", h.bodyPart());
        assertNull(h.patientName());
    }
}
