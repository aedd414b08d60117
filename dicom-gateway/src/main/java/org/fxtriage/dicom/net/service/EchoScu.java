package org.fxtriage.dicom.net.service;

import java.io.IOException;

import org.fxtriage.dicom.net.dimse.CommandElement;
import org.fxtriage.dicom.net.dimse.CommandField;
import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.NegotiatedContext;

/** Verification SCU (PS3.7 §9.1.5, PS3.4 Annex A): sends C-ECHO-RQ on an established association. */
public final class EchoScu extends DimseScu {
    public EchoScu(Association association) {
        super(association);
    }

    public DimseResponse echo() throws IOException {
        NegotiatedContext ctx = association.findContext(Verification.SOP_CLASS_UID)
                .orElseThrow(() -> new NoPresentationContextException("Verification was not accepted on " + association.name()));
        int id = MessageIds.next();
        CommandSet rq = request(CommandField.C_ECHO_RQ, id, Verification.SOP_CLASS_UID)
                .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.NO_DATA_SET)
                .build();
        writer.write(ctx.id(), rq, null);
        return awaitResponse(CommandField.C_ECHO_RSP, id);
    }
}
