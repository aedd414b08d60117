package org.fxtriage.dicom.data;

import java.util.Map;
import java.util.Optional;

/**
 * How a dataset is encoded (PS3.5 §10): VR explicit or implicit, byte order, deflate, and whether
 * pixel data is encapsulated (PS3.5 §A.4). Only transfer syntaxes listed here are known to the
 * codec; {@link #of(String)} answers empty for any other UID.
 */
public record TransferSyntax(String uid, boolean explicitVR, boolean bigEndian, boolean deflated, boolean encapsulated) {

    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax(UID.ImplicitVRLittleEndian, false, false, false, false);
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax(UID.ExplicitVRLittleEndian, true, false, false, false);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN =
            new TransferSyntax(UID.DeflatedExplicitVRLittleEndian, true, false, true, false);
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN =
            new TransferSyntax(UID.ExplicitVRBigEndian, true, true, false, false);

    private static final Map<String, TransferSyntax> KNOWN = Map.ofEntries(
            entry(IMPLICIT_VR_LITTLE_ENDIAN),
            entry(EXPLICIT_VR_LITTLE_ENDIAN),
            entry(DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN),
            entry(EXPLICIT_VR_BIG_ENDIAN),
            entry(encapsulated(UID.EncapsulatedUncompressedExplicitVRLittleEndian)),
            entry(encapsulated(UID.JPEGBaseline8Bit)),
            entry(encapsulated(UID.JPEGExtended12Bit)),
            entry(encapsulated(UID.JPEGLossless)),
            entry(encapsulated(UID.JPEGLosslessSV1)),
            entry(encapsulated(UID.JPEGLSLossless)),
            entry(encapsulated(UID.JPEGLSNearLossless)),
            entry(encapsulated(UID.JPEG2000Lossless)),
            entry(encapsulated(UID.JPEG2000)),
            entry(encapsulated(UID.JPEG2000MCLossless)),
            entry(encapsulated(UID.JPEG2000MC)),
            entry(encapsulated(UID.HTJ2KLossless)),
            entry(encapsulated(UID.HTJ2KLosslessRPCL)),
            entry(encapsulated(UID.HTJ2K)),
            entry(encapsulated(UID.RLELossless)));

    private static TransferSyntax encapsulated(String uid) {
        return new TransferSyntax(uid, true, false, false, true);
    }

    private static Map.Entry<String, TransferSyntax> entry(TransferSyntax ts) {
        return Map.entry(ts.uid(), ts);
    }

    /** The known transfer syntax with this UID (trailing NUL/space padding ignored), or empty. */
    public static Optional<TransferSyntax> of(String uid) {
        if (uid == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(KNOWN.get(strip(uid)));
    }

    private static String strip(String uid) {
        int end = uid.length();
        while (end > 0 && (uid.charAt(end - 1) == 0 || uid.charAt(end - 1) == ' ')) {
            end--;
        }
        return uid.substring(0, end);
    }

    /** PS3.6 name, for logs. */
    public String name() {
        return UID.nameOf(uid);
    }

    @Override
    public String toString() {
        return name() + " [" + uid + "]";
    }
}
