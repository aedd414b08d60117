package org.fxtriage.dicom.net.pdu;

import java.util.Objects;

/**
 * SCP/SCU Role Selection sub-item (type 0x54, PS3.7 §D.3.3.4). In an RQ the flags say which roles the
 * requestor proposes for itself; in an AC they say which of those the acceptor agrees to.
 */
public record RoleSelection(String sopClassUid, boolean scuRole, boolean scpRole) {
    public RoleSelection {
        Objects.requireNonNull(sopClassUid, "sopClassUid");
    }
}
