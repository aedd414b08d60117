package org.fxtriage.gateway;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fxtriage.dicom.net.pdu.AAssociateRj;
import org.fxtriage.dicom.net.pdu.AAssociateRq;
import org.fxtriage.dicom.net.pdu.PresentationContextAc;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.ul.AssociationDecision;
import org.fxtriage.dicom.net.ul.AssociationPolicy;
import org.fxtriage.gateway.AccessControl.ContextDecision;
import org.fxtriage.gateway.AccessControl.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link AccessControl} as the network layer's {@link AssociationPolicy}; logs every refusal with the AE titles and address. */
final class GatewayAssociationPolicy implements AssociationPolicy {
    private static final Logger log = LoggerFactory.getLogger(GatewayAssociationPolicy.class);

    private final AccessControl rules;

    GatewayAssociationPolicy(AccessControl rules) {
        this.rules = rules;
    }

    /** Association outcomes since start, for the service's metrics (additive hook). */
    final java.util.concurrent.atomic.AtomicLong accepted = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong rejected = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public AssociationDecision decide(AAssociateRq rq, InetSocketAddress peer) {
        Optional<Refusal> refusal = rules.checkAssociation(rq.calledAeTitle(), rq.callingAeTitle(),
                peer == null ? null : peer.getAddress(), rq.applicationContext().name());
        if (refusal.isPresent()) {
            rejected.incrementAndGet();
            log.warn("association from {} ({}) to {} rejected: {}", rq.callingAeTitle(), peer, rq.calledAeTitle(), refusal.get());
            return AssociationDecision.rejectPermanent(switch (refusal.get()) {
                case APPLICATION_CONTEXT_NOT_SUPPORTED -> AAssociateRj.Reason.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED;
                case CALLING_AE_NOT_RECOGNIZED -> AAssociateRj.Reason.CALLING_AE_TITLE_NOT_RECOGNIZED;
                case CALLED_AE_NOT_RECOGNIZED -> AAssociateRj.Reason.CALLED_AE_TITLE_NOT_RECOGNIZED;
            });
        }
        List<PresentationContextAc> results = new ArrayList<>();
        int accepted = 0;
        for (PresentationContextRq pc : rq.presentationContexts()) {
            ContextDecision d = rules.negotiate(pc.abstractSyntax(), pc.transferSyntaxes());
            switch (d.result()) {
                case ACCEPTANCE -> {
                    results.add(PresentationContextAc.accept(pc.id(), d.transferSyntax()));
                    accepted++;
                }
                case ABSTRACT_SYNTAX_NOT_SUPPORTED ->
                        results.add(PresentationContextAc.refuse(pc.id(), PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED));
                case TRANSFER_SYNTAXES_NOT_SUPPORTED ->
                        results.add(PresentationContextAc.refuse(pc.id(), PresentationContextAc.Result.TRANSFER_SYNTAXES_NOT_SUPPORTED));
            }
        }
        log.info("association from {} ({}) accepted: {} of {} presentation contexts", rq.callingAeTitle(), peer, accepted,
                results.size());
        this.accepted.incrementAndGet();
        return AssociationDecision.accept(results);
    }
}
