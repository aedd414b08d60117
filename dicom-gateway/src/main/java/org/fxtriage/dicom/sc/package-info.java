/**
 * Annotated Secondary Capture images that carry fxtriage's result back to the PACS (DESIGN §8).
 *
 * <p>{@link org.fxtriage.dicom.sc.AnnotatedSecondaryCapture#create} takes the analysed
 * {@link org.fxtriage.dicom.sc.SourceImage}, its 8-bit {@link org.fxtriage.dicom.sc.DisplayRaster}
 * (bone bright, possibly downsampled), the {@link org.fxtriage.dicom.sc.ImageFindings} (category,
 * probability, {@link org.fxtriage.dicom.sc.FindingBox}es in source pixel coordinates), the
 * {@link org.fxtriage.dicom.sc.AlgorithmIdentification} and {@link org.fxtriage.dicom.sc.SecondaryCaptureOptions},
 * and returns the dataset; {@link org.fxtriage.dicom.sc.AnnotatedSecondaryCapture#write} stores it as a
 * Part 10 file in explicit VR little endian. New UIDs come from a {@link org.fxtriage.dicom.sc.UidGenerator}
 * under a configurable root ("2.25" + UUID by default).
 *
 * <h2>Why single-frame Secondary Capture Image Storage (1.2.840.10008.5.1.4.1.1.7)</h2>
 * Every PACS and viewer stores and shows it (it is the oldest image SOP class and listed in nearly
 * every conformance statement), whereas Multi-frame Grayscale Byte SC (…7.2) is still missing from
 * some archives' default storage SCP configuration and adds the Multi-frame and Cine modules for a
 * single frame. The single-frame IOD also allows the VOI LUT module, with which we pin an identity
 * window so the rendered greys appear unchanged.
 *
 * <h2>What is burned in</h2>
 * A black banner strip is ADDED above the raster (no anatomy hidden) with two lines of white text:
 * category and score, then model name, version and "AI triage — not a diagnosis". Boxes are white
 * lines with a black outline on both sides (visible on bright bone and dark soft tissue), solid for
 * positive findings and dashed ("dotted") for doubt; antialiasing is off, so the marks are pure 0/255
 * pixels. Burned In Annotation is YES.
 *
 * <h2>Modules written (PS3.3 §A.8.1)</h2>
 * Patient, General Study, Patient Study (copied from the source by {@link
 * org.fxtriage.dicom.sc.PatientStudyModules}); General Series (new or given series UID, modality OT
 * by default); General Equipment; SC Equipment (Conversion Type WSD); General Image (Image Type
 * DERIVED\SECONDARY, Derivation Description, Source Image Sequence with purpose (121322, DCM),
 * Burned In Annotation, Lossy Image Compression "01" when the source was ever lossy compressed);
 * SC Image; Image Pixel (MONOCHROME2, 8 bits); VOI LUT; SOP Common. No patient data is logged.
 */
package org.fxtriage.dicom.sc;
