package org.fxtriage.dicom.net.pdu;

/** One upper-layer PDU (PS3.8 §9.3.1). The PDU type byte identifies the record. */
public sealed interface Pdu permits AAssociateRq, AAssociateAc, AAssociateRj, PDataTf, AReleaseRq, AReleaseRp, AAbort {
    int TYPE_A_ASSOCIATE_RQ = 0x01;
    int TYPE_A_ASSOCIATE_AC = 0x02;
    int TYPE_A_ASSOCIATE_RJ = 0x03;
    int TYPE_P_DATA_TF = 0x04;
    int TYPE_A_RELEASE_RQ = 0x05;
    int TYPE_A_RELEASE_RP = 0x06;
    int TYPE_A_ABORT = 0x07;

    /** The PDU-type byte. */
    int type();

    /** Name as the standard writes it, for logs. */
    static String typeName(int type) {
        return switch (type) {
            case TYPE_A_ASSOCIATE_RQ -> "A-ASSOCIATE-RQ";
            case TYPE_A_ASSOCIATE_AC -> "A-ASSOCIATE-AC";
            case TYPE_A_ASSOCIATE_RJ -> "A-ASSOCIATE-RJ";
            case TYPE_P_DATA_TF -> "P-DATA-TF";
            case TYPE_A_RELEASE_RQ -> "A-RELEASE-RQ";
            case TYPE_A_RELEASE_RP -> "A-RELEASE-RP";
            case TYPE_A_ABORT -> "A-ABORT";
            default -> String.format("unknown PDU type 0x%02X", type);
        };
    }
}
