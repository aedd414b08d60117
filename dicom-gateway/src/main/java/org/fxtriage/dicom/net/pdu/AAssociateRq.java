package org.fxtriage.dicom.net.pdu;

import java.util.List;
import java.util.Objects;

/** A-ASSOCIATE-RQ PDU (type 0x01, PS3.8 §9.3.2). */
public record AAssociateRq(int protocolVersion, String calledAeTitle, String callingAeTitle,
                           ApplicationContext applicationContext, List<PresentationContextRq> presentationContexts,
                           UserInformation userInformation) implements Pdu {
    public AAssociateRq {
        AeTitles.check(calledAeTitle, "called AE title");
        AeTitles.check(callingAeTitle, "calling AE title");
        Objects.requireNonNull(applicationContext, "applicationContext");
        presentationContexts = List.copyOf(presentationContexts);
        Objects.requireNonNull(userInformation, "userInformation");
    }

    public AAssociateRq(String calledAeTitle, String callingAeTitle, List<PresentationContextRq> presentationContexts,
                        UserInformation userInformation) {
        this(1, calledAeTitle, callingAeTitle, ApplicationContext.DICOM, presentationContexts, userInformation);
    }

    @Override
    public int type() {
        return TYPE_A_ASSOCIATE_RQ;
    }
}
