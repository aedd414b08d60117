package org.fxtriage.dicom.net.dimse;

/** The command dictionary: the group 0000 elements of PS3.7 Annex E (Table E.1-1) we know, with their VR. */
public enum CommandElement {
    COMMAND_GROUP_LENGTH(0x0000_0000, Vr.UL),
    AFFECTED_SOP_CLASS_UID(0x0000_0002, Vr.UI),
    REQUESTED_SOP_CLASS_UID(0x0000_0003, Vr.UI),
    COMMAND_FIELD(0x0000_0100, Vr.US),
    MESSAGE_ID(0x0000_0110, Vr.US),
    MESSAGE_ID_BEING_RESPONDED_TO(0x0000_0120, Vr.US),
    MOVE_DESTINATION(0x0000_0600, Vr.AE),
    PRIORITY(0x0000_0700, Vr.US),
    COMMAND_DATA_SET_TYPE(0x0000_0800, Vr.US),
    STATUS(0x0000_0900, Vr.US),
    OFFENDING_ELEMENT(0x0000_0901, Vr.AT),
    ERROR_COMMENT(0x0000_0902, Vr.LO),
    ERROR_ID(0x0000_0903, Vr.US),
    AFFECTED_SOP_INSTANCE_UID(0x0000_1000, Vr.UI),
    REQUESTED_SOP_INSTANCE_UID(0x0000_1001, Vr.UI),
    EVENT_TYPE_ID(0x0000_1002, Vr.US),
    ATTRIBUTE_IDENTIFIER_LIST(0x0000_1005, Vr.AT),
    ACTION_TYPE_ID(0x0000_1008, Vr.US),
    NUMBER_OF_REMAINING_SUBOPERATIONS(0x0000_1020, Vr.US),
    NUMBER_OF_COMPLETED_SUBOPERATIONS(0x0000_1021, Vr.US),
    NUMBER_OF_FAILED_SUBOPERATIONS(0x0000_1022, Vr.US),
    NUMBER_OF_WARNING_SUBOPERATIONS(0x0000_1023, Vr.US),
    MOVE_ORIGINATOR_APPLICATION_ENTITY_TITLE(0x0000_1030, Vr.AE),
    MOVE_ORIGINATOR_MESSAGE_ID(0x0000_1031, Vr.US);

    /** The value representations that occur in command sets. */
    public enum Vr {
        UL, US, UI, AE, LO, AT
    }

    public final int tag;
    public final Vr vr;

    CommandElement(int tag, Vr vr) {
        this.tag = tag;
        this.vr = vr;
    }

    public static CommandElement of(int tag) {
        for (CommandElement e : values()) {
            if (e.tag == tag) {
                return e;
            }
        }
        return null;
    }

    /** "(0000,0100)". */
    public static String tagString(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
