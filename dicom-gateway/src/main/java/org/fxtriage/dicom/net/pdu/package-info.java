/**
 * Upper-layer protocol data units (PS3.8 §9.3): immutable records and a strict, bounded codec.
 * Nothing here trusts a length field given by the peer before it has been checked against a limit.
 * {@link org.fxtriage.dicom.net.pdu.PduCodec} encodes and decodes whole PDUs;
 * {@link org.fxtriage.dicom.net.pdu.PduReader} is the receive path of a connection: one reusable body
 * buffer (grown only as bytes arrive, never past the checked length) whose P-DATA-TF fragments are handed
 * out as {@link org.fxtriage.dicom.net.pdu.ReceivedPdv} views, so a large C-STORE is copied once from the
 * socket.
 */
package org.fxtriage.dicom.net.pdu;
