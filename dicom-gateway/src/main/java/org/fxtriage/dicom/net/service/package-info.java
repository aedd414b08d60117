/**
 * DIMSE services on top of the upper layer: Verification (C-ECHO) SCP and SCU, Storage (C-STORE) SCP with a
 * streaming {@link org.fxtriage.dicom.net.service.StoreReceiver} and SCU, and the {@link
 * org.fxtriage.dicom.net.service.DicomServer} that accepts associations.
 */
package org.fxtriage.dicom.net.service;
