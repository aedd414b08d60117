package org.fxtriage.dicom.net.ul;

import java.net.InetSocketAddress;

import org.fxtriage.dicom.net.pdu.UserIdentityRq;

/** Checks a user identity (PS3.7 §D.3.3.7), e.g. username + passcode against a credential store. */
@FunctionalInterface
public interface UserIdentityVerifier {
    boolean verify(UserIdentityRq identity, InetSocketAddress peer);
}
