package org.fxtriage.dicom.net.service;

import java.io.IOException;

import org.fxtriage.dicom.net.dimse.CommandElement;
import org.fxtriage.dicom.net.dimse.CommandField;
import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.dimse.DimseMessage;
import org.fxtriage.dicom.net.dimse.MessageWriter;
import org.fxtriage.dicom.net.dimse.Status;

/** Verification SCP: answers every C-ECHO-RQ with success (PS3.7 §9.3.5). */
public final class EchoScp {
    private EchoScp() {
    }

    static void respond(DimseMessage rq, MessageWriter writer) throws IOException {
        CommandSet c = rq.command();
        CommandSet rsp = CommandSet.builder()
                .us(CommandElement.COMMAND_FIELD, CommandField.C_ECHO_RSP)
                .us(CommandElement.MESSAGE_ID_BEING_RESPONDED_TO, c.messageId())
                .string(CommandElement.AFFECTED_SOP_CLASS_UID, c.affectedSopClassUid() != null ? c.affectedSopClassUid() : Verification.SOP_CLASS_UID)
                .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.NO_DATA_SET)
                .us(CommandElement.STATUS, Status.SUCCESS)
                .build();
        writer.write(rq.presentationContextId(), rsp, null);
    }
}
