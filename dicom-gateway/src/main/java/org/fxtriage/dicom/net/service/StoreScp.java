package org.fxtriage.dicom.net.service;

import java.io.IOException;

import org.fxtriage.dicom.net.dimse.CommandElement;
import org.fxtriage.dicom.net.dimse.CommandField;
import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.dimse.DimseMessage;
import org.fxtriage.dicom.net.dimse.MessageReader;
import org.fxtriage.dicom.net.dimse.MessageWriter;
import org.fxtriage.dicom.net.dimse.Status;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationAbortedException;
import org.fxtriage.dicom.net.ul.NegotiatedContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage SCP (PS3.7 §9.3.1, PS3.4 Annex B): hands each data set, as a stream, to the {@link StoreReceiver},
 * drains what it leaves, and answers C-STORE-RSP with its status.
 */
public final class StoreScp {
    private static final Logger LOG = LoggerFactory.getLogger(StoreScp.class);
    private final StoreReceiver receiver;

    public StoreScp(StoreReceiver receiver) {
        this.receiver = receiver;
    }

    void handle(Association association, DimseMessage rq, MessageReader reader, MessageWriter writer) throws IOException {
        CommandSet c = rq.command();
        int messageId = c.messageId();
        String cuid = c.affectedSopClassUid();
        String iuid = c.affectedSopInstanceUid();
        NegotiatedContext ctx = association.context(rq.presentationContextId()).orElseThrow();
        StoreResult result;
        if (rq.dataSet() == null) {
            result = StoreResult.failure(Status.CANNOT_UNDERSTAND, "C-STORE-RQ without a data set");
        } else if (cuid == null || iuid == null) {
            result = StoreResult.failure(Status.MISSING_ATTRIBUTE, "C-STORE-RQ lacks Affected SOP Class/Instance UID");
        } else if (!cuid.equals(ctx.abstractSyntax())) {
            // PS3.7 §9.1.1.1.2: the affected SOP class is the presentation context's abstract syntax
            result = StoreResult.failure(Status.SOP_CLASS_NOT_SUPPORTED, "SOP class differs from the presentation context");
        } else if (receiver == null) {
            result = StoreResult.failure(Status.SOP_CLASS_NOT_SUPPORTED, "storage not configured");
        } else {
            String moveOriginator = c.getString(CommandElement.MOVE_ORIGINATOR_APPLICATION_ENTITY_TITLE.tag);
            StoreRequest request = new StoreRequest(association.callingAeTitle(), association.calledAeTitle(), association.remoteAddress(),
                    rq.presentationContextId(), ctx.abstractSyntax(), ctx.transferSyntax(), cuid, iuid, messageId,
                    c.getUs(CommandElement.PRIORITY.tag, 0), moveOriginator,
                    c.getUs(CommandElement.MOVE_ORIGINATOR_MESSAGE_ID.tag, -1));
            try {
                result = receiver.onCStore(request, rq.dataSet());
                if (result == null) {
                    LOG.error("{}: store receiver returned no result for {}", association.name(), iuid);
                    result = StoreResult.failure(Status.PROCESSING_FAILURE, "receiver returned no result");
                }
            } catch (AssociationAbortedException e) {
                throw e;
            } catch (Exception e) {
                if (!association.isEstablished()) {
                    throw new AssociationAbortedException(association.name() + ": association ended while storing " + iuid, null, e);
                }
                LOG.error("{}: store receiver failed for SOP instance {}", association.name(), iuid, e);
                result = StoreResult.failure(Status.PROCESSING_FAILURE, "receiver failed: " + e.getClass().getSimpleName());
            }
        }
        reader.drainCurrent();
        CommandSet.Builder rsp = CommandSet.builder()
                .us(CommandElement.COMMAND_FIELD, CommandField.C_STORE_RSP)
                .us(CommandElement.MESSAGE_ID_BEING_RESPONDED_TO, messageId)
                .string(CommandElement.AFFECTED_SOP_CLASS_UID, cuid)
                .string(CommandElement.AFFECTED_SOP_INSTANCE_UID, iuid)
                .us(CommandElement.COMMAND_DATA_SET_TYPE, CommandSet.NO_DATA_SET)
                .us(CommandElement.STATUS, result.status());
        if (result.errorComment() != null && !Status.isSuccess(result.status())) {
            rsp.string(CommandElement.ERROR_COMMENT, result.errorComment());
        }
        writer.write(rq.presentationContextId(), rsp.build(), null);
        LOG.info("{}: C-STORE {} {} ({}) -> {}", association.name(), cuid, iuid, ctx.transferSyntax(), Status.toString(result.status()));
    }
}
