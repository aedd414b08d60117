package org.fxtriage.dicom.sc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.SpecificCharacterSet;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.VR;

/**
 * Copies the Patient (PS3.3 §C.7.1.1), General Study (§C.7.2.1) and Patient Study (§C.7.2.2) modules
 * from a source instance into a derived one (our Secondary Capture and SR), so the PACS files them
 * with the original study. Type 2 attributes absent in the source are written empty, as the IODs
 * require.
 */
public final class PatientStudyModules {
    private PatientStudyModules() {}

    private static final int[] COPIED = {
        // Patient module
        Tag.PatientName, Tag.PatientID, Tag.IssuerOfPatientID, Tag.IssuerOfPatientIDQualifiersSequence,
        Tag.TypeOfPatientID, Tag.PatientBirthDate, Tag.PatientBirthTime, Tag.PatientSex,
        Tag.OtherPatientIDsSequence, Tag.PatientComments, Tag.PatientIdentityRemoved,
        Tag.DeidentificationMethod, Tag.DeidentificationMethodCodeSequence, Tag.PatientSpeciesDescription,
        Tag.PatientSpeciesCodeSequence, Tag.PatientBreedDescription, Tag.ResponsiblePerson,
        Tag.ResponsiblePersonRole, Tag.ResponsibleOrganization,
        // General Study module
        Tag.StudyInstanceUID, Tag.StudyDate, Tag.StudyTime, Tag.ReferringPhysicianName,
        Tag.ReferringPhysicianIdentificationSequence, Tag.StudyID, Tag.AccessionNumber,
        Tag.IssuerOfAccessionNumberSequence, Tag.StudyDescription, Tag.PhysiciansOfRecord,
        Tag.NameOfPhysiciansReadingStudy, Tag.ProcedureCodeSequence, Tag.ReferencedStudySequence,
        // Patient Study module
        Tag.AdmittingDiagnosesDescription, Tag.PatientAge, Tag.PatientSize, Tag.PatientWeight,
    };

    private record Type2(int tag, VR vr) {}

    /** Type 2 attributes of the three modules: present, possibly empty. */
    private static final Type2[] TYPE_2 = {
        new Type2(Tag.PatientName, VR.PN), new Type2(Tag.PatientID, VR.LO),
        new Type2(Tag.PatientBirthDate, VR.DA), new Type2(Tag.PatientSex, VR.CS),
        new Type2(Tag.StudyDate, VR.DA), new Type2(Tag.StudyTime, VR.TM),
        new Type2(Tag.ReferringPhysicianName, VR.PN), new Type2(Tag.StudyID, VR.SH),
        new Type2(Tag.AccessionNumber, VR.SH),
    };

    /**
     * Copies the modules' attributes present in {@code source} into {@code target} (sequences deep
     * copied) and the character set their text needs, then fills missing type 2 attributes.
     */
    public static void copy(Attributes source, Attributes target) {
        copyCharacterSet(source, target);
        for (int tag : COPIED) {
            if (source.contains(tag)) {
                Object v = source.getValue(tag);
                target.setValue(tag, source.getVR(tag),
                        v instanceof Sequence s ? deepCopy(s) : v);
            }
        }
        for (Type2 t : TYPE_2) {
            if (!target.contains(t.tag())) {
                target.setValue(t.tag(), t.vr(), null);
            }
        }
    }

    private static List<Attributes> deepCopy(Sequence s) {
        List<Attributes> out = new ArrayList<>(s.size());
        for (Attributes item : s) {
            out.add(new Attributes(item));
        }
        return out;
    }

    /**
     * Specific Character Set (0008,0005) for the derived instance. Values are held decoded, so any
     * set that can encode them works: the source's own single set when we know it, none when the
     * source has none (its bytes round-trip unchanged, see {@link SpecificCharacterSet}), else
     * ISO_IR 192 (UTF-8 holds every character decoded under ISO 2022 code extensions we do not
     * interpret).
     */
    static void copyCharacterSet(Attributes source, Attributes target) {
        String[] terms = source.getStrings(Tag.SpecificCharacterSet);
        if (terms.length == 0 || (terms.length == 1 && terms[0].isBlank())) {
            return;
        }
        SpecificCharacterSet cs = SpecificCharacterSet.of(terms);
        // of() falls back to Latin-1 for terms it does not know; ISO_IR 100 and ISO_IR 6 are Latin-1 by right.
        boolean known = terms.length == 1 && (!cs.charset().equals(StandardCharsets.ISO_8859_1)
                || terms[0].equals("ISO_IR 100") || terms[0].equals("ISO_IR 6"));
        if (known) {
            target.setString(Tag.SpecificCharacterSet, VR.CS, terms[0]);
        } else {
            target.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        }
    }
}
