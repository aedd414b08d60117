package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.fxtriage.gateway.AccessControl.ContextDecision;
import org.fxtriage.gateway.AccessControl.ContextResult;
import org.fxtriage.gateway.AccessControl.Refusal;
import org.junit.jupiter.api.Test;

class AccessControlTest {
    private static final String APP = AccessControl.DICOM_APPLICATION_CONTEXT;
    private static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String JLS = "1.2.840.10008.1.2.4.80";
    private static final String JPLL = "1.2.840.10008.1.2.4.70";
    private static final String EXPLICIT = "1.2.840.10008.1.2.1";
    private static final String IMPLICIT = "1.2.840.10008.1.2";

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void calledAeApplicationContextAndAllowLists() throws Exception {
        AccessControl open = new AccessControl(GatewayConfig.defaults());
        assertEquals(Optional.empty(), open.checkAssociation("FXTRIAGE", "ANY", ip("192.0.2.1"), APP));
        assertEquals(Optional.empty(), open.checkAssociation("FXTRIAGE        ", "ANY", ip("192.0.2.1"), APP + "\0"));
        assertEquals(Optional.of(Refusal.CALLED_AE_NOT_RECOGNIZED), open.checkAssociation("ANY-SCP", "ANY", ip("192.0.2.1"), APP));
        assertEquals(Optional.of(Refusal.CALLED_AE_NOT_RECOGNIZED), open.checkAssociation("fxtriage", "ANY", ip("192.0.2.1"), APP));
        assertEquals(Optional.of(Refusal.APPLICATION_CONTEXT_NOT_SUPPORTED),
                open.checkAssociation("FXTRIAGE", "ANY", ip("192.0.2.1"), "1.2.3.4"));

        AccessControl strict = new AccessControl(GatewayConfig.defaults()
                .withAllowedCallingAeTitles("PACS", "CR1").withAllowedHosts("10.1.0.0/16", "::1"));
        assertEquals(Optional.empty(), strict.checkAssociation("FXTRIAGE", "PACS", ip("10.1.200.3"), APP));
        assertEquals(Optional.empty(), strict.checkAssociation("FXTRIAGE", "CR1 ", ip("::ffff:10.1.0.9"), APP));
        assertEquals(Optional.empty(), strict.checkAssociation("FXTRIAGE", "CR1", ip("::1"), APP));
        assertEquals(Optional.of(Refusal.CALLING_AE_NOT_RECOGNIZED), strict.checkAssociation("FXTRIAGE", "STORESCU", ip("10.1.0.1"), APP));
        assertEquals(Optional.of(Refusal.CALLING_AE_NOT_RECOGNIZED), strict.checkAssociation("FXTRIAGE", "PACS", ip("10.2.0.1"), APP));
        assertEquals(3, Refusal.CALLING_AE_NOT_RECOGNIZED.reason);
        assertEquals(7, Refusal.CALLED_AE_NOT_RECOGNIZED.reason);
        assertEquals(2, Refusal.APPLICATION_CONTEXT_NOT_SUPPORTED.reason);
    }

    @Test
    void presentationContextsPickOurPreferredProposedSyntax() {
        AccessControl ac = new AccessControl(GatewayConfig.defaults());
        assertEquals(new ContextDecision(ContextResult.ACCEPTANCE, EXPLICIT), ac.negotiate(CR, List.of(IMPLICIT, EXPLICIT)));
        assertEquals(new ContextDecision(ContextResult.ACCEPTANCE, JPLL), ac.negotiate(CR, List.of(JLS, JPLL)));
        assertEquals(new ContextDecision(ContextResult.TRANSFER_SYNTAXES_NOT_SUPPORTED, null), ac.negotiate(CR, List.of(JLS)));
        assertEquals(new ContextDecision(ContextResult.ABSTRACT_SYNTAX_NOT_SUPPORTED, null), ac.negotiate(CT, List.of(EXPLICIT)));
        assertEquals(new ContextDecision(ContextResult.ACCEPTANCE, IMPLICIT), ac.negotiate(AccessControl.VERIFICATION, List.of(IMPLICIT)));
        assertEquals(ContextResult.ACCEPTANCE,
                new AccessControl(GatewayConfig.defaults().withSopClasses(List.of(CR, CT))).negotiate(CT, List.of(EXPLICIT)).result());
    }
}
