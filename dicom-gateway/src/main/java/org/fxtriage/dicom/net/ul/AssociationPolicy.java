package org.fxtriage.dicom.net.ul;

import java.net.InetSocketAddress;

import org.fxtriage.dicom.net.pdu.AAssociateRq;

/**
 * The acceptor's decision on an A-ASSOCIATE-RQ (the local A-ASSOCIATE response primitive, Evt7/Evt8). It runs
 * on the association's thread; a runtime exception from it rejects the association (permanent, service-user,
 * no reason given). The application context has already been checked when it is called.
 */
@FunctionalInterface
public interface AssociationPolicy {
    AssociationDecision decide(AAssociateRq request, InetSocketAddress peer);
}
