package org.fxtriage.dicom.net.service;

import java.io.IOException;
import java.io.InputStream;

import org.fxtriage.dicom.net.dimse.CommandElement;
import org.fxtriage.dicom.net.dimse.CommandField;
import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.dimse.Status;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.NegotiatedContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage SCU (PS3.7 §9.1.1, PS3.4 Annex B): streams data sets over an established association, fragmented by
 * the peer's maximum PDU length. Several sends reuse the association.
 */
public final class StoreScu extends DimseScu {
    private static final Logger LOG = LoggerFactory.getLogger(StoreScu.class);
    public static final int PRIORITY_MEDIUM = 0;

    public StoreScu(Association association) {
        super(association);
    }

    /**
     * Sends one instance on the accepted context for its SOP class and transfer syntax and returns the peer's
     * response.
     *
     * @throws NoPresentationContextException no accepted context matches (nothing is sent)
     */
    public DimseResponse send(DatasetSource source) throws IOException {
        NegotiatedContext ctx = association.findContext(source.sopClassUid(), source.transferSyntaxUid())
                .orElseThrow(() -> new NoPresentationContextException("no accepted presentation context for " + source.sopClassUid()
                        + " in " + source.transferSyntaxUid() + " on " + association.name()));
        int id = MessageIds.next();
        CommandSet rq = request(CommandField.C_STORE_RQ, id, source.sopClassUid())
                .us(CommandElement.PRIORITY, PRIORITY_MEDIUM)
                .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.DATA_SET_PRESENT)
                .string(CommandElement.AFFECTED_SOP_INSTANCE_UID, source.sopInstanceUid())
                .build();
        try (InputStream in = source.openDataset()) {
            writer.write(ctx.id(), rq, in);
        }
        DimseResponse rsp = awaitResponse(CommandField.C_STORE_RSP, id);
        LOG.info("{}: C-STORE {} {} -> {}", association.name(), source.sopClassUid(), source.sopInstanceUid(), Status.toString(rsp.status()));
        return rsp;
    }
}
