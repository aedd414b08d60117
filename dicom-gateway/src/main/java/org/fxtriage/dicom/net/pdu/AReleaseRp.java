package org.fxtriage.dicom.net.pdu;

/** A-RELEASE-RP PDU (type 0x06, PS3.8 §9.3.7). */
public record AReleaseRp() implements Pdu {
    @Override
    public int type() {
        return TYPE_A_RELEASE_RP;
    }
}
