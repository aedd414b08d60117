/**
 * Upper-layer protocol data units (PS3.8 §9.3): immutable records and a strict, bounded codec.
 * Nothing here trusts a length field given by the peer before it has been checked against a limit.
 */
package org.fxtriage.dicom.net.pdu;
