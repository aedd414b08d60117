/**
 * The DICOM data model (PS3.5, PS3.6): {@link org.fxtriage.dicom.data.Tag} constants and the PS3.6
 * dictionary, {@link org.fxtriage.dicom.data.VR}, {@link org.fxtriage.dicom.data.UID},
 * {@link org.fxtriage.dicom.data.TransferSyntax}, {@link org.fxtriage.dicom.data.Attributes} (an
 * ordered dataset with nested {@link org.fxtriage.dicom.data.Sequence}s), bulk values that stay in their
 * file ({@link org.fxtriage.dicom.data.BulkData}, {@link org.fxtriage.dicom.data.Fragments}) and
 * {@link org.fxtriage.dicom.data.SpecificCharacterSet}.
 */
package org.fxtriage.dicom.data;
