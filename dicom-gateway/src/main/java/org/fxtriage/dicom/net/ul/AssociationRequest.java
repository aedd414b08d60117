package org.fxtriage.dicom.net.ul;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.pdu.RoleSelection;
import org.fxtriage.dicom.net.pdu.UserIdentityRq;

/**
 * What a requestor proposes.
 *
 * @param userIdentity optional (null)
 */
public record AssociationRequest(InetSocketAddress remote, String callingAeTitle, String calledAeTitle,
                                 List<PresentationContextRq> presentationContexts, List<RoleSelection> roleSelections,
                                 UserIdentityRq userIdentity) {
    public AssociationRequest {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(calledAeTitle, "calledAeTitle");
        presentationContexts = List.copyOf(presentationContexts);
        roleSelections = List.copyOf(roleSelections);
        if (presentationContexts.isEmpty()) {
            throw new IllegalArgumentException("propose at least one presentation context");
        }
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (PresentationContextRq pc : presentationContexts) {
            if ((pc.id() & 1) == 0 || !ids.add(pc.id())) {
                throw new IllegalArgumentException("presentation context ids must be odd and unique (PS3.8 §9.3.2.2): " + pc.id());
            }
        }
    }

    public AssociationRequest(InetSocketAddress remote, String callingAeTitle, String calledAeTitle,
                              List<PresentationContextRq> presentationContexts) {
        this(remote, callingAeTitle, calledAeTitle, presentationContexts, List.of(), null);
    }

    public AssociationRequest withUserIdentity(UserIdentityRq identity) {
        return new AssociationRequest(remote, callingAeTitle, calledAeTitle, presentationContexts, roleSelections, identity);
    }

    public AssociationRequest withRoleSelections(List<RoleSelection> roles) {
        return new AssociationRequest(remote, callingAeTitle, calledAeTitle, presentationContexts, roles, userIdentity);
    }
}
