package org.fxtriage.dicom.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class TagTest {

    @Test
    void formatsAndParsesAsPs3WritesTags() {
        assertEquals("(0020,000D)", Tag.toString(Tag.StudyInstanceUID));
        assertEquals("(7FE0,0010)", Tag.toString(Tag.PixelData));
        assertEquals("(FFFE,E0DD)", Tag.toString(Tag.SequenceDelimitationItem));
        assertEquals(Tag.StudyInstanceUID, Tag.parse("(0020,000D)"));
        assertEquals(Tag.PixelData, Tag.parse("7fe00010"));
        assertThrows(IllegalArgumentException.class, () -> Tag.parse("(0020,00XZ)"));
    }

    @Test
    void everyConstantMatchesTheDictionaryKeyword() throws IllegalAccessException {
        int n = 0;
        for (Field f : Tag.class.getFields()) {
            if (f.getType() == int.class && Modifier.isStatic(f.getModifiers()) && !f.getName().equals("NONE")) {
                int tag = f.getInt(null);
                assertEquals(f.getName(), Tag.keywordOf(tag), Tag.toString(tag));
                assertEquals(tag, Tag.forKeyword(f.getName()));
                n++;
            }
        }
        assertTrue(n > 1000, "constants for the groups we use: " + n);
    }

    @Test
    void keywordsOfTheModulesWeUse() {
        assertEquals(0x00020010, Tag.TransferSyntaxUID);
        assertEquals(0x00080016, Tag.SOPClassUID);
        assertEquals(0x00100010, Tag.PatientName);
        assertEquals(0x00180015, Tag.BodyPartExamined);
        assertEquals(0x00281050, Tag.WindowCenter);
        assertEquals(0x00283010, Tag.VOILUTSequence);
        assertEquals(0x00283000, Tag.ModalityLUTSequence);
        assertEquals(0x0040A730, Tag.ContentSequence);
        assertEquals(0x00080005, Tag.forKeyword("SpecificCharacterSet"));
        assertEquals(Tag.NONE, Tag.forKeyword("NoSuchKeyword"));
        assertEquals("OverlayData", Tag.keywordOf(0x60023000), "repeating group 60xx");
        assertNull(Tag.keywordOf(0x00091010), "private");
    }

    @Test
    void dictionaryVrsForImplicitVrReading() {
        assertEquals(VR.UI, Tag.vrOf(Tag.StudyInstanceUID));
        assertEquals(VR.SQ, Tag.vrOf(Tag.ReferencedImageSequence));
        assertEquals(VR.UL, Tag.vrOf(0x00280000), "group length");
        assertEquals(VR.LO, Tag.vrOf(0x00290010), "private creator");
        assertEquals(VR.UN, Tag.vrOf(0x00291010), "private data");
        assertArrayEquals(new VR[] {VR.US, VR.SS}, Tag.vrsOf(Tag.SmallestImagePixelValue));
        assertTrue(Tag.hasAmbiguousVR(Tag.PixelData));
        assertFalse(Tag.hasAmbiguousVR(Tag.Rows));
        assertTrue(Tag.isPrivate(0x00091010));
        assertTrue(Tag.isPrivateCreator(0x00090010));
        assertFalse(Tag.isPrivateCreator(0x00091010));
    }
}
