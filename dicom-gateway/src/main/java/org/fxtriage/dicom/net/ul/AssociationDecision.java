package org.fxtriage.dicom.net.ul;

import java.util.List;
import java.util.Objects;

import org.fxtriage.dicom.net.pdu.AAssociateRj;
import org.fxtriage.dicom.net.pdu.PresentationContextAc;
import org.fxtriage.dicom.net.pdu.UserIdentityAc;

/** What an {@link AssociationPolicy} answers to an A-ASSOCIATE-RQ. */
public sealed interface AssociationDecision {

    /**
     * Accept, with one result per proposed presentation context (a proposed id missing here is answered
     * "no reason"; an accepted transfer syntax that was not proposed is answered "transfer syntaxes not
     * supported").
     *
     * @param userIdentity the user identity answer when the requestor asked for a positive response, else null
     */
    record Accept(List<PresentationContextAc> presentationContexts, UserIdentityAc userIdentity) implements AssociationDecision {
        public Accept {
            presentationContexts = List.copyOf(presentationContexts);
        }
    }

    /** Reject with the result, source and reason of PS3.8 §9.3.4. */
    record Reject(AAssociateRj rejection) implements AssociationDecision {
        public Reject {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    static Accept accept(List<PresentationContextAc> presentationContexts) {
        return new Accept(presentationContexts, null);
    }

    static Reject rejectPermanent(AAssociateRj.Reason reason) {
        return new Reject(AAssociateRj.permanent(reason));
    }

    static Reject rejectTransient(AAssociateRj.Reason reason) {
        return new Reject(AAssociateRj.transient_(reason));
    }
}
