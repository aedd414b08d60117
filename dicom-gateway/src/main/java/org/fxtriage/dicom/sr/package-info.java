/**
 * The study-level triage report that goes back to the PACS (DESIGN §8): a Comprehensive SR document.
 *
 * <p>{@link org.fxtriage.dicom.sr.TriageReport#create} builds the first version from any instance of
 * the study (Patient/Study copied), the {@link org.fxtriage.dicom.sr.ReportedImage}s analysed so far
 * and the number still pending; {@link org.fxtriage.dicom.sr.TriageReport#supersede} builds a new
 * version when late images change the result, from the {@link org.fxtriage.dicom.sr.ReportVersion} of
 * the previous one; {@link org.fxtriage.dicom.sr.TriageReport#write} stores a Part 10 file (explicit VR
 * little endian).
 *
 * <h2>Why Comprehensive SR (1.2.840.10008.5.1.4.1.1.88.33)</h2>
 * Enhanced SR would hold this tree too (it has SCOORD and IMAGE), but Comprehensive SR is the class
 * PACS and viewers (dcmtk, OHIF, vendor archives) support most widely for CAD/AI results, and it
 * leaves room for by-reference relationships (one IMAGE item shared by several regions) later without
 * changing the SOP class. Basic Text SR cannot carry coordinates.
 *
 * <h2>Content tree</h2>
 * <pre>
 * CONTAINER (126000, DCM, "Imaging Measurement Report")   root, SEPARATE; no template claimed
 *   HAS OBS CONTEXT  CODE    (121005, DCM, "Observer Type") = (121007, DCM, "Device")
 *   HAS OBS CONTEXT  UIDREF  (121012, DCM, "Device Observer UID") = stable per model name+version
 *   HAS OBS CONTEXT  TEXT    (121013, DCM, "Device Observer Name") = model name
 *   HAS OBS CONTEXT  TEXT    (111001, DCM, "Algorithm Name")
 *   HAS OBS CONTEXT  TEXT    (111003, DCM, "Algorithm Version")
 *   CONTAINS CONTAINER (125007, DCM, "Measurement Group")  one per image
 *     CONTAINS CODE   (FXT-CATEGORY, 99FXT) = FXT-POSITIVE | FXT-DOUBT | FXT-NEGATIVE | FXT-NOTANALYSED
 *     CONTAINS NUM    (FXT-PROBABILITY, 99FXT) = p, unit (1, UCUM, "no units")   absent when not analysed
 *     CONTAINS IMAGE  (121112, DCM, "Source of Measurement") → the image
 *     CONTAINS SCOORD (FXT-REGION-POS | FXT-REGION-DOUBT, 99FXT) POLYLINE, closed rectangle (5 points),
 *                     column\row in the image's pixels, (0,0) = top-left corner of the top-left pixel
 *       SELECTED FROM IMAGE → the image
 * </pre>
 * Standard codes (DCM, UCUM) wherever PS3.16 has one; the triage concepts have none and use the private
 * scheme {@value org.fxtriage.dicom.sr.ReportCodes#SCHEME} ({@link org.fxtriage.dicom.sr.ReportCodes}),
 * declared in the Coding Scheme Identification Sequence.
 *
 * <h2>Document attributes</h2>
 * SR Document Series (Modality SR, new or given series), General Equipment, SR Document General
 * (Completion Flag PARTIAL while images are pending, else COMPLETE; Verification Flag UNVERIFIED: no
 * human has checked it; Current Requested Procedure Evidence listing every referenced image by series;
 * Predecessor Documents for a new version, which keeps the series and increments the Instance Number),
 * SOP Common. No patient data is logged.
 */
package org.fxtriage.dicom.sr;
