package org.fxtriage.dicom.net.pdu;

/** A-RELEASE-RQ PDU (type 0x05, PS3.8 §9.3.6). */
public record AReleaseRq() implements Pdu {
    @Override
    public int type() {
        return TYPE_A_RELEASE_RQ;
    }
}
