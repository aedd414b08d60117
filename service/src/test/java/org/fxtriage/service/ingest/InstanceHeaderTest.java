package org.fxtriage.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.VR;
import org.junit.jupiter.api.Test;

class InstanceHeaderTest {

    private static Attributes ds(String age, String birth, String studyDate) {
        Attributes a = new Attributes();
        if (age != null) {
            a.setString(Tag.PatientAge, VR.AS, age);
        }
        if (birth != null) {
            a.setString(Tag.PatientBirthDate, VR.DA, birth);
        }
        if (studyDate != null) {
            a.setString(Tag.StudyDate, VR.DA, studyDate);
        }
        return a;
    }

    @Test
    void patientAgeComesFromTheAgeStringInItsUnits() {
        assertEquals(67.0, InstanceHeader.ageYears(ds("067Y", null, null)), 1e-9);
        assertEquals(1.5, InstanceHeader.ageYears(ds("018M", null, null)), 1e-9);
        assertEquals(14 / 365.25, InstanceHeader.ageYears(ds("002W", null, null)), 1e-9);
    }

    @Test
    void withoutAnAgeStringBirthAndStudyDatesAreUsed() {
        assertEquals(70.0, InstanceHeader.ageYears(ds(null, "19560310", "20260310")), 0.01);
        assertNull(InstanceHeader.ageYears(ds(null, "19560310", null)), "no reference date");
        assertNull(InstanceHeader.ageYears(ds(null, "20270101", "20260310")), "born after the study");
        assertNull(InstanceHeader.ageYears(ds("abc", null, null)));
    }

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
