package org.fxtriage.dicom.io;

import java.util.Objects;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Implementation;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;

/**
 * The content of the File Meta Information group (PS3.10 §7.1) that a writer needs. The File Meta
 * Information Version (00 01) and the group length are added by {@link Part10Writer}.
 *
 * @param sourceApplicationEntityTitle optional (null): the AE that sent the instance
 */
public record FileMetaInformation(
        String mediaStorageSopClassUid,
        String mediaStorageSopInstanceUid,
        String transferSyntaxUid,
        String implementationClassUid,
        String implementationVersionName,
        String sourceApplicationEntityTitle) {

    public FileMetaInformation {
        requireUid(mediaStorageSopClassUid, "Media Storage SOP Class UID");
        requireUid(mediaStorageSopInstanceUid, "Media Storage SOP Instance UID");
        requireUid(transferSyntaxUid, "Transfer Syntax UID");
        requireUid(implementationClassUid, "Implementation Class UID");
        if (implementationVersionName != null && implementationVersionName.length() > 16) {
            throw new IllegalArgumentException("Implementation Version Name longer than 16 characters");
        }
        if (sourceApplicationEntityTitle != null
                && (sourceApplicationEntityTitle.length() > 16 || sourceApplicationEntityTitle.indexOf('\\') >= 0)) {
            throw new IllegalArgumentException("Source Application Entity Title is not a valid AE title");
        }
    }

    private static void requireUid(String uid, String what) {
        Objects.requireNonNull(uid, what);
        if (!UID.isValid(uid)) {
            throw new IllegalArgumentException(what + " is not a valid UID: " + uid);
        }
    }

    /** Meta for an instance, naming fxtriage as the implementation. */
    public static FileMetaInformation of(String sopClassUid, String sopInstanceUid, String transferSyntaxUid) {
        return new FileMetaInformation(sopClassUid, sopInstanceUid, transferSyntaxUid,
                Implementation.CLASS_UID, Implementation.VERSION_NAME, null);
    }

    /** Meta for a dataset from its SOP Class UID (0008,0016) and SOP Instance UID (0008,0018). */
    public static FileMetaInformation forDataset(Attributes dataset, String transferSyntaxUid) {
        String cls = dataset.getString(Tag.SOPClassUID);
        String inst = dataset.getString(Tag.SOPInstanceUID);
        if (cls == null || inst == null) {
            throw new IllegalArgumentException("dataset lacks SOP Class UID or SOP Instance UID");
        }
        return of(cls, inst, transferSyntaxUid);
    }

    /** Meta read from a file's group 0002. */
    public static FileMetaInformation from(Attributes fileMeta) {
        return new FileMetaInformation(
                fileMeta.getString(Tag.MediaStorageSOPClassUID),
                fileMeta.getString(Tag.MediaStorageSOPInstanceUID),
                fileMeta.getString(Tag.TransferSyntaxUID),
                fileMeta.getString(Tag.ImplementationClassUID),
                fileMeta.getString(Tag.ImplementationVersionName),
                fileMeta.getString(Tag.SourceApplicationEntityTitle));
    }

    public FileMetaInformation withSourceApplicationEntityTitle(String aet) {
        return new FileMetaInformation(mediaStorageSopClassUid, mediaStorageSopInstanceUid, transferSyntaxUid,
                implementationClassUid, implementationVersionName, aet);
    }

    public FileMetaInformation withTransferSyntaxUid(String ts) {
        return new FileMetaInformation(mediaStorageSopClassUid, mediaStorageSopInstanceUid, ts,
                implementationClassUid, implementationVersionName, sourceApplicationEntityTitle);
    }

    /** The group 0002 elements (without group length), as written. */
    public Attributes toAttributes() {
        Attributes a = new Attributes(8);
        a.setBytes(Tag.FileMetaInformationVersion, VR.OB, new byte[] {0, 1});
        a.setString(Tag.MediaStorageSOPClassUID, VR.UI, mediaStorageSopClassUid);
        a.setString(Tag.MediaStorageSOPInstanceUID, VR.UI, mediaStorageSopInstanceUid);
        a.setString(Tag.TransferSyntaxUID, VR.UI, transferSyntaxUid);
        a.setString(Tag.ImplementationClassUID, VR.UI, implementationClassUid);
        if (implementationVersionName != null) {
            a.setString(Tag.ImplementationVersionName, VR.SH, implementationVersionName);
        }
        if (sourceApplicationEntityTitle != null) {
            a.setString(Tag.SourceApplicationEntityTitle, VR.AE, sourceApplicationEntityTitle);
        }
        return a;
    }
}
