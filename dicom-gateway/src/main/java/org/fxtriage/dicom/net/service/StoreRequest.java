package org.fxtriage.dicom.net.service;

import java.net.InetSocketAddress;

/**
 * What a C-STORE SCP knows about one incoming instance before reading its data set (PS3.7 §9.1.1.1).
 *
 * @param abstractSyntax              abstract syntax of the presentation context
 * @param transferSyntaxUid           transfer syntax of the presentation context: how the data set is encoded
 * @param priority                    0 medium, 1 high, 2 low
 * @param moveOriginatorAeTitle       null unless the store is a C-MOVE sub-operation
 * @param moveOriginatorMessageId     -1 when absent
 */
public record StoreRequest(String callingAeTitle, String calledAeTitle, InetSocketAddress peer, int presentationContextId,
                           String abstractSyntax, String transferSyntaxUid, String affectedSopClassUid,
                           String affectedSopInstanceUid, int messageId, int priority, String moveOriginatorAeTitle,
                           int moveOriginatorMessageId) {
}
