package org.fxtriage.dicom.net.pdu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A-ASSOCIATE-AC PDU (type 0x02, PS3.8 §9.3.3). The AE title fields echo the RQ; PS3.8 says receivers
 * shall not test them.
 */
public record AAssociateAc(int protocolVersion, String calledAeTitle, String callingAeTitle,
                           ApplicationContext applicationContext, List<PresentationContextAc> presentationContexts,
                           UserInformation userInformation) implements Pdu {
    public AAssociateAc {
        Objects.requireNonNull(calledAeTitle, "calledAeTitle");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(applicationContext, "applicationContext");
        presentationContexts = List.copyOf(presentationContexts);
        Objects.requireNonNull(userInformation, "userInformation");
    }

    @Override
    public int type() {
        return TYPE_A_ASSOCIATE_AC;
    }

    public Optional<PresentationContextAc> presentationContext(int id) {
        return presentationContexts.stream().filter(pc -> pc.id() == id).findFirst();
    }
}
