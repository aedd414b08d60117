package org.fxtriage.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.service.DatasetSource;
import org.fxtriage.dicom.net.service.Verification;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationRequest;
import org.fxtriage.dicom.net.ul.AssociationSettings;

/** Our own SCU (dicom.net) opening associations for tests: one presentation context per (SOP class, transfer syntax) sent. */
final class Scu {
    private Scu() {
    }

    static Association open(int port, String calledAe, List<? extends DatasetSource> sources) throws IOException {
        return open(port, calledAe, sources, AssociationSettings.defaults());
    }

    static Association open(int port, String calledAe, List<? extends DatasetSource> sources, AssociationSettings settings)
            throws IOException {
        Set<String> pairs = new LinkedHashSet<>();
        for (DatasetSource s : sources) {
            pairs.add(s.sopClassUid() + "|" + s.transferSyntaxUid());
        }
        List<PresentationContextRq> pcs = new ArrayList<>();
        pcs.add(new PresentationContextRq(1, Verification.SOP_CLASS_UID, "1.2.840.10008.1.2"));
        int id = 3;
        for (String p : pairs) {
            String[] f = p.split("\\|");
            pcs.add(new PresentationContextRq(id, f[0], f[1]));
            id += 2;
        }
        AssociationRequest rq = new AssociationRequest(new InetSocketAddress("127.0.0.1", port), "FXSCU", calledAe, pcs);
        return Association.request(rq, settings.withDimseTimeout(Duration.ofSeconds(60)));
    }
}
