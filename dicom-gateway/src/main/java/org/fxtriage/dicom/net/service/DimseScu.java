package org.fxtriage.dicom.net.service;

import java.io.IOException;

import org.fxtriage.dicom.net.dimse.CommandElement;
import org.fxtriage.dicom.net.dimse.CommandField;
import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.dimse.DimseMessage;
import org.fxtriage.dicom.net.dimse.MessageReader;
import org.fxtriage.dicom.net.dimse.MessageWriter;
import org.fxtriage.dicom.net.pdu.AAbort;
import org.fxtriage.dicom.net.ul.Association;

/** Request/response exchange shared by the SCUs (one operation at a time: window 1/1). */
abstract class DimseScu {
    protected final Association association;
    protected final MessageReader reader;
    protected final MessageWriter writer;

    DimseScu(Association association) {
        this.association = association;
        this.reader = new MessageReader(association);
        this.writer = new MessageWriter(association);
    }

    /** Waits (DIMSE timeout) for the response to {@code messageId}; anything else aborts the association. */
    protected DimseResponse awaitResponse(int expectedField, int messageId) throws IOException {
        DimseMessage rsp = reader.readResponse();
        if (rsp == null) {
            throw association.abortFromOwnThread("peer requested release while a " + CommandField.name(expectedField) + " was outstanding",
                    AAbort.UNEXPECTED_PDU);
        }
        CommandSet cs = rsp.command();
        int field = cs.commandField();
        if (field != expectedField || cs.messageIdBeingRespondedTo() != messageId) {
            throw association.abortFromOwnThread("expected " + CommandField.name(expectedField) + " for message " + messageId + ", got "
                    + CommandField.name(field), AAbort.UNEXPECTED_PDU_PARAMETER);
        }
        if (rsp.dataSet() != null) {
            reader.drainCurrent();
        }
        return new DimseResponse(cs.status(), cs.errorComment(), cs);
    }

    static CommandSet.Builder request(int field, int messageId, String sopClassUid) {
        return CommandSet.builder()
                .us(CommandElement.COMMAND_FIELD, field)
                .us(CommandElement.MESSAGE_ID, messageId)
                .string(CommandElement.AFFECTED_SOP_CLASS_UID, sopClassUid);
    }
}
