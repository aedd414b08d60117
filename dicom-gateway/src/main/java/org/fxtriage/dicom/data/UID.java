package org.fxtriage.dicom.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registered UIDs (PS3.6 Annex A) that fxtriage uses: transfer syntaxes, SOP classes, well-known frames. */
public final class UID {
    private UID() {}

    // Transfer syntaxes (PS3.5 §10, Annex A)
    public static final String ImplicitVRLittleEndian = "1.2.840.10008.1.2";
    public static final String ExplicitVRLittleEndian = "1.2.840.10008.1.2.1";
    public static final String EncapsulatedUncompressedExplicitVRLittleEndian = "1.2.840.10008.1.2.1.98";
    public static final String DeflatedExplicitVRLittleEndian = "1.2.840.10008.1.2.1.99";
    public static final String ExplicitVRBigEndian = "1.2.840.10008.1.2.2";
    public static final String JPEGBaseline8Bit = "1.2.840.10008.1.2.4.50";
    public static final String JPEGExtended12Bit = "1.2.840.10008.1.2.4.51";
    public static final String JPEGLossless = "1.2.840.10008.1.2.4.57";
    public static final String JPEGLosslessSV1 = "1.2.840.10008.1.2.4.70";
    public static final String JPEGLSLossless = "1.2.840.10008.1.2.4.80";
    public static final String JPEGLSNearLossless = "1.2.840.10008.1.2.4.81";
    public static final String JPEG2000Lossless = "1.2.840.10008.1.2.4.90";
    public static final String JPEG2000 = "1.2.840.10008.1.2.4.91";
    public static final String JPEG2000MCLossless = "1.2.840.10008.1.2.4.92";
    public static final String JPEG2000MC = "1.2.840.10008.1.2.4.93";
    public static final String HTJ2KLossless = "1.2.840.10008.1.2.4.201";
    public static final String HTJ2KLosslessRPCL = "1.2.840.10008.1.2.4.202";
    public static final String HTJ2K = "1.2.840.10008.1.2.4.203";
    public static final String RLELossless = "1.2.840.10008.1.2.5";

    // Service classes and SOP classes (PS3.4)
    public static final String Verification = "1.2.840.10008.1.1";
    public static final String DICOMApplicationContext = "1.2.840.10008.3.1.1.1";
    public static final String ComputedRadiographyImageStorage = "1.2.840.10008.5.1.4.1.1.1";
    public static final String DigitalXRayImageStorageForPresentation = "1.2.840.10008.5.1.4.1.1.1.1";
    public static final String DigitalXRayImageStorageForProcessing = "1.2.840.10008.5.1.4.1.1.1.1.1";
    public static final String DigitalMammographyXRayImageStorageForPresentation = "1.2.840.10008.5.1.4.1.1.1.2";
    public static final String DigitalMammographyXRayImageStorageForProcessing = "1.2.840.10008.5.1.4.1.1.1.2.1";
    public static final String DigitalIntraOralXRayImageStorageForPresentation = "1.2.840.10008.5.1.4.1.1.1.3";
    public static final String DigitalIntraOralXRayImageStorageForProcessing = "1.2.840.10008.5.1.4.1.1.1.3.1";
    public static final String SecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7";
    public static final String MultiFrameSingleBitSecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7.1";
    public static final String MultiFrameGrayscaleByteSecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7.2";
    public static final String MultiFrameGrayscaleWordSecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7.3";
    public static final String MultiFrameTrueColorSecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7.4";
    public static final String GrayscaleSoftcopyPresentationStateStorage = "1.2.840.10008.5.1.4.1.1.11.1";
    public static final String BasicTextSRStorage = "1.2.840.10008.5.1.4.1.1.88.11";
    public static final String EnhancedSRStorage = "1.2.840.10008.5.1.4.1.1.88.22";
    public static final String ComprehensiveSRStorage = "1.2.840.10008.5.1.4.1.1.88.33";
    public static final String Comprehensive3DSRStorage = "1.2.840.10008.5.1.4.1.1.88.34";
    public static final String KeyObjectSelectionDocumentStorage = "1.2.840.10008.5.1.4.1.1.88.59";
    public static final String EncapsulatedPDFStorage = "1.2.840.10008.5.1.4.1.1.104.1";
    public static final String CTImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    public static final String MRImageStorage = "1.2.840.10008.5.1.4.1.1.4";
    public static final String UltrasoundImageStorage = "1.2.840.10008.5.1.4.1.1.6.1";
    public static final String XRayAngiographicImageStorage = "1.2.840.10008.5.1.4.1.1.12.1";
    public static final String XRayRadiofluoroscopicImageStorage = "1.2.840.10008.5.1.4.1.1.12.2";
    public static final String StudyRootQueryRetrieveInformationModelFind = "1.2.840.10008.5.1.4.1.2.2.1";

    // Frames of reference and coding schemes used in SR content
    public static final String DICOMControlledTerminology = "1.2.840.10008.2.16.4";

    private static final Map<String, String> NAMES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ImplicitVRLittleEndian, "Implicit VR Little Endian");
        m.put(ExplicitVRLittleEndian, "Explicit VR Little Endian");
        m.put(EncapsulatedUncompressedExplicitVRLittleEndian, "Encapsulated Uncompressed Explicit VR Little Endian");
        m.put(DeflatedExplicitVRLittleEndian, "Deflated Explicit VR Little Endian");
        m.put(ExplicitVRBigEndian, "Explicit VR Big Endian (Retired)");
        m.put(JPEGBaseline8Bit, "JPEG Baseline (Process 1)");
        m.put(JPEGExtended12Bit, "JPEG Extended (Process 2 & 4)");
        m.put(JPEGLossless, "JPEG Lossless, Non-Hierarchical (Process 14)");
        m.put(JPEGLosslessSV1, "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])");
        m.put(JPEGLSLossless, "JPEG-LS Lossless Image Compression");
        m.put(JPEGLSNearLossless, "JPEG-LS Lossy (Near-Lossless) Image Compression");
        m.put(JPEG2000Lossless, "JPEG 2000 Image Compression (Lossless Only)");
        m.put(JPEG2000, "JPEG 2000 Image Compression");
        m.put(JPEG2000MCLossless, "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)");
        m.put(JPEG2000MC, "JPEG 2000 Part 2 Multi-component Image Compression");
        m.put(HTJ2KLossless, "High-Throughput JPEG 2000 Image Compression (Lossless Only)");
        m.put(HTJ2KLosslessRPCL, "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)");
        m.put(HTJ2K, "High-Throughput JPEG 2000 Image Compression");
        m.put(RLELossless, "RLE Lossless");
        m.put(Verification, "Verification SOP Class");
        m.put(DICOMApplicationContext, "DICOM Application Context Name");
        m.put(ComputedRadiographyImageStorage, "Computed Radiography Image Storage");
        m.put(DigitalXRayImageStorageForPresentation, "Digital X-Ray Image Storage - For Presentation");
        m.put(DigitalXRayImageStorageForProcessing, "Digital X-Ray Image Storage - For Processing");
        m.put(DigitalMammographyXRayImageStorageForPresentation, "Digital Mammography X-Ray Image Storage - For Presentation");
        m.put(DigitalMammographyXRayImageStorageForProcessing, "Digital Mammography X-Ray Image Storage - For Processing");
        m.put(DigitalIntraOralXRayImageStorageForPresentation, "Digital Intra-Oral X-Ray Image Storage - For Presentation");
        m.put(DigitalIntraOralXRayImageStorageForProcessing, "Digital Intra-Oral X-Ray Image Storage - For Processing");
        m.put(SecondaryCaptureImageStorage, "Secondary Capture Image Storage");
        m.put(MultiFrameSingleBitSecondaryCaptureImageStorage, "Multi-frame Single Bit Secondary Capture Image Storage");
        m.put(MultiFrameGrayscaleByteSecondaryCaptureImageStorage, "Multi-frame Grayscale Byte Secondary Capture Image Storage");
        m.put(MultiFrameGrayscaleWordSecondaryCaptureImageStorage, "Multi-frame Grayscale Word Secondary Capture Image Storage");
        m.put(MultiFrameTrueColorSecondaryCaptureImageStorage, "Multi-frame True Color Secondary Capture Image Storage");
        m.put(GrayscaleSoftcopyPresentationStateStorage, "Grayscale Softcopy Presentation State Storage");
        m.put(BasicTextSRStorage, "Basic Text SR Storage");
        m.put(EnhancedSRStorage, "Enhanced SR Storage");
        m.put(ComprehensiveSRStorage, "Comprehensive SR Storage");
        m.put(Comprehensive3DSRStorage, "Comprehensive 3D SR Storage");
        m.put(KeyObjectSelectionDocumentStorage, "Key Object Selection Document Storage");
        m.put(EncapsulatedPDFStorage, "Encapsulated PDF Storage");
        m.put(CTImageStorage, "CT Image Storage");
        m.put(MRImageStorage, "MR Image Storage");
        m.put(UltrasoundImageStorage, "Ultrasound Image Storage");
        m.put(XRayAngiographicImageStorage, "X-Ray Angiographic Image Storage");
        m.put(XRayRadiofluoroscopicImageStorage, "X-Ray Radiofluoroscopic Image Storage");
        m.put(StudyRootQueryRetrieveInformationModelFind, "Study Root Query/Retrieve Information Model - FIND");
        m.put(DICOMControlledTerminology, "DICOM Controlled Terminology");
        NAMES = Collections.unmodifiableMap(m);
    }

    /** PS3.6 name of a UID, or the UID itself when it is not one of ours (safe to log). */
    public static String nameOf(String uid) {
        return NAMES.getOrDefault(uid, uid);
    }

    /** True when {@code s} is a syntactically valid UID (PS3.5 §9.1): ≤ 64 chars, digits and dots, no leading zeros. */
    public static boolean isValid(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) {
            return false;
        }
        int compStart = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                int len = i - compStart;
                if (len == 0 || (len > 1 && s.charAt(compStart) == '0')) {
                    return false;
                }
                compStart = i + 1;
            } else if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A fresh UUID-derived UID (PS3.5 §B.2): "2.25." followed by the UUID as an unsigned decimal. */
    public static String createUUIDBased() {
        java.util.UUID u = java.util.UUID.randomUUID();
        java.math.BigInteger hi = new java.math.BigInteger(Long.toUnsignedString(u.getMostSignificantBits()));
        java.math.BigInteger lo = new java.math.BigInteger(Long.toUnsignedString(u.getLeastSignificantBits()));
        return "2.25." + hi.shiftLeft(64).or(lo);
    }
}
