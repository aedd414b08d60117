package org.fxtriage.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.SpecificCharacterSet;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.data.VR;
import org.junit.jupiter.api.Test;

/** Specific Character Set (0008,0005), PS3.5 §6.1: which bytes a name is made of, in and out. */
class CharacterSetTest {
    private static final TransferSyntax ELE = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;

    private static Attributes read(byte[] b) throws IOException {
        return DatasetReader.read(new ByteArrayInputStream(b), ELE, ReadOptions.DEFAULT);
    }

    @Test
    void isoIr100DecodesLatin1() throws IOException {
        byte[] name = {'M', (byte) 0xFC, 'l', 'l', 'e', 'r', '^', 'J'}; // "Müller^J" in ISO 8859-1
        Attributes a = read(Bytes.le()
                .shortElement(Tag.SpecificCharacterSet, "CS", Bytes.even("ISO_IR 100", ' '))
                .shortElement(Tag.PatientName, "PN", name).toByteArray());
        assertEquals("Müller^J", a.getString(Tag.PatientName));
        byte[] out = DatasetWriter.toBytes(a, ELE);
        assertEquals(new String(name, StandardCharsets.ISO_8859_1), new String(out, out.length - 8, 8, StandardCharsets.ISO_8859_1),
                "written back as the same Latin-1 bytes");
    }

    @Test
    void isoIr192DecodesUtf8AndItemsInheritIt() throws IOException {
        byte[] name = "Müller^山田".getBytes(StandardCharsets.UTF_8);
        byte[] padded = Bytes.le().raw(name).raw(name.length % 2 == 1 ? new byte[] {' '} : new byte[0]).toByteArray();
        byte[] item = Bytes.le().shortElement(Tag.PatientName, "PN", padded).toByteArray();
        Attributes a = read(Bytes.le()
                .shortElement(Tag.SpecificCharacterSet, "CS", Bytes.even("ISO_IR 192", ' '))
                .shortElement(Tag.PatientName, "PN", padded)
                .longElement(Tag.OtherPatientIDsSequence, "SQ", 8 + item.length)
                .tag(Tag.Item).u32(item.length).raw(item)
                .toByteArray());
        assertEquals("Müller^山田", a.getString(Tag.PatientName));
        assertEquals("Müller^山田", a.getNestedDataset(Tag.OtherPatientIDsSequence).getString(Tag.PatientName),
                "an item without (0008,0005) uses its parent's (PS3.5 §7.5.3)");
        assertEquals(SpecificCharacterSet.UTF_8, a.getNestedDataset(Tag.OtherPatientIDsSequence).specificCharacterSet());
        assertEquals(a, read(DatasetWriter.toBytes(a, ELE)));
    }

    @Test
    void defaultRepertoireAndNonCharsetVrs() throws IOException {
        Attributes a = read(Bytes.le()
                .shortElement(Tag.PatientName, "PN", Bytes.even("Doe^John", ' '))
                .shortElement(Tag.StudyDescription, "LO", new byte[] {'X', (byte) 0xE9}) // stray 8-bit byte, no charset
                .toByteArray());
        assertEquals(SpecificCharacterSet.DEFAULT, a.specificCharacterSet());
        assertEquals("Doe^John", a.getString(Tag.PatientName));
        assertEquals("Xé", a.getString(Tag.StudyDescription));
        byte[] out = DatasetWriter.toBytes(a, ELE);
        // (0008,1030) is the first element: 8-byte header, then the value
        assertArrayEquals(new byte[] {'X', (byte) 0xE9}, java.util.Arrays.copyOfRange(out, 8, 10),
                "the byte read is the byte written");
    }

    @Test
    void unrepresentableCharacterIsAnErrorNotAQuestionMark() {
        Attributes a = new Attributes();
        a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        a.setString(Tag.PatientName, VR.PN, "山田^太郎");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetWriter.toBytes(a, ELE));
        assertEquals(true, e.getMessage().contains("ISO_IR 100"));
        a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        byte[] out = org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> DatasetWriter.toBytes(a, ELE));
        assertEquals(true, new String(out, StandardCharsets.UTF_8).contains("山田^太郎"));
    }
}
