/**
 * DICOM Part 10 files and bare datasets (PS3.5, PS3.10), stream based, with hard limits.
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>{@link org.fxtriage.dicom.io.Part10Reader#read(java.nio.file.Path, ReadOptions)} → {@link
 *       org.fxtriage.dicom.io.Part10File} (file meta, dataset, transfer syntax UID, dataset offset).
 *       By default pixel data stays in the file as a {@link org.fxtriage.dicom.data.BulkData} (native)
 *       or {@link org.fxtriage.dicom.data.Fragments} (encapsulated: one offset/length per item).</li>
 *   <li>{@link org.fxtriage.dicom.io.DatasetReader}: a bare dataset from any {@link java.io.InputStream}
 *       in a given {@link org.fxtriage.dicom.data.TransferSyntax} (e.g. a received C-STORE dataset);
 *       non-seekable streams work: pixel data is loaded, skipped, handed to a
 *       {@link org.fxtriage.dicom.io.PixelDataConsumer}, or the read stops before it
 *       ({@link org.fxtriage.dicom.io.PixelDataPolicy}).</li>
 *   <li>Supported: implicit VR LE, explicit VR LE, deflated explicit VR LE, explicit VR BE (read),
 *       every encapsulated syntax (pixel data kept as fragments); all VRs of the current standard;
 *       sequences and items of defined and undefined length.</li>
 *   <li>{@link org.fxtriage.dicom.io.DicomLimits} bound element length, nesting depth, header bytes,
 *       loaded pixel data, element and fragment counts; every length is checked before allocation.
 *       All malformed input raises {@link org.fxtriage.dicom.io.DicomFormatException} with a
 *       {@link org.fxtriage.dicom.io.DicomFormatException.Reason}, the tag and the byte offset.</li>
 * </ul>
 *
 * <h2>Writing</h2>
 * <ul>
 *   <li>{@link org.fxtriage.dicom.io.Part10Writer#write(java.nio.file.Path, org.fxtriage.dicom.data.Attributes, String)}:
 *       preamble, "DICM", meta group with group length and fxtriage's implementation UID/version,
 *       then the dataset in the chosen transfer syntax (deflate included).</li>
 *   <li>{@link org.fxtriage.dicom.io.Part10Writer#writeFileMetaInformation(java.io.OutputStream, FileMetaInformation)}
 *       alone: the C-STORE SCP writes the meta and then copies the received dataset bytes verbatim.</li>
 *   <li>{@link org.fxtriage.dicom.io.DatasetWriter}: bare datasets (sequences with undefined length,
 *       group lengths dropped, even-length padding).</li>
 * </ul>
 */
package org.fxtriage.dicom.io;
