package org.fxtriage.dicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PatientAgeTest {

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
        assertEquals(67.0, PatientAge.years(ds("067Y", null, null)), 1e-9);
        assertEquals(1.5, PatientAge.years(ds("018M", null, null)), 1e-9);
        assertEquals(14 / 365.25, PatientAge.years(ds("002W", null, null)), 1e-9);
    }

    @Test
    void withoutAnAgeStringBirthAndStudyDatesAreUsed() {
        assertEquals(70.0, PatientAge.years(ds(null, "19560310", "20260310")), 0.01);
        assertNull(PatientAge.years(ds(null, "19560310", null)), "no reference date");
        assertNull(PatientAge.years(ds(null, "20270101", "20260310")), "born after the study");
        assertNull(PatientAge.years(ds("abc", null, null)));
    }

    @Test
    void placeholderBirthDateIsNotAnAge() {
        assertNull(PatientAge.years(ds(null, "19000101", "20260310")), "19000101 means unknown");
    }
}
